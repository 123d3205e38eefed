import { useState } from 'react';
import type { VendorInfo } from '../../workspace/types';
import { parseTags } from '../../workspace/vendor-name';
import { t } from '../i18n';
import { saveVendor } from './store';

/** Name, tags (project, risk tier, ...) and notes of a vendor (one per site origin). */
export function VendorEditor({ origin, vendor, placeholder }: { origin: string; vendor?: VendorInfo; placeholder?: string }) {
  const [name, setName] = useState(vendor?.name ?? '');
  const [tags, setTags] = useState((vendor?.tags ?? []).join(', '));
  const [notes, setNotes] = useState(vendor?.notes ?? '');
  const [saved, setSaved] = useState(false);
  const save = async () => {
    await saveVendor({ origin, name: name.trim(), tags: parseTags(tags), notes });
    setSaved(true);
  };
  return (
    <form
      className="ws-vendor-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t('vendor_name')}
        <input value={name} placeholder={placeholder} onChange={(e) => (setName(e.target.value), setSaved(false))} data-testid="vendor-name" />
      </label>
      <label>
        {t('vendor_tags')} <small>{t('vendor_tags_hint')}</small>
        <input value={tags} onChange={(e) => (setTags(e.target.value), setSaved(false))} data-testid="vendor-tags" />
      </label>
      <label className="ws-wide">
        {t('vendor_notes')}
        <textarea value={notes} rows={2} onChange={(e) => (setNotes(e.target.value), setSaved(false))} data-testid="vendor-notes" />
      </label>
      <div>
        <button type="submit" data-testid="vendor-save">
          {t('vendor_save')}
        </button>
        {saved && <span className="ws-hint"> {t('vendor_saved')}</span>}
      </div>
    </form>
  );
}
