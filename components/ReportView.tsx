import type { ReactNode } from 'react';
import type { ChecklistItem, Evidence, Report } from '../analyzers/types';
import { t } from './i18n';
import { itemLabel, languageName, statusLabel } from './labels';

/** How many quotes an item shows before folding the rest away. */
const SHOWN_QUOTES = 2;

/** Optional extras a caller (the workspace) renders into the report: an action per quote, a line per item. */
export interface ReportExtras {
  quoteAction?: (evidence: Evidence) => ReactNode;
  itemExtra?: (item: ChecklistItem) => ReactNode;
}

function Quote({ evidence, action }: { evidence: Evidence; action?: ReportExtras['quoteAction'] }) {
  // Text only: React escapes it, the page's markup never reaches the popup as HTML.
  return (
    <blockquote className="quote" title={t('report_quote_title', evidence.start, evidence.end)}>
      {evidence.quote}
      <span className="offsets">
        [{evidence.start}–{evidence.end}]
      </span>
      {action?.(evidence)}
    </blockquote>
  );
}

/** One Article 13 item: status, what was found or looked for, and the quotes. */
export function ChecklistItemView({ item, extras = {} }: { item: ChecklistItem; extras?: ReportExtras }) {
  // Two rules can cite the same sentence: show each span once.
  const unique = item.evidence.filter((e, i, all) => all.findIndex((o) => o.start === e.start && o.end === e.end) === i);
  const shown = unique.slice(0, SHOWN_QUOTES);
  const more = unique.slice(SHOWN_QUOTES);
  return (
    <li className={`item status-${item.status}`} data-item={item.id} data-status={item.status}>
      <div className="item-head">
        <span className={`badge badge-${item.status}`}>{statusLabel(item.status)}</span>
        <span className="item-label">{itemLabel(item.id) || item.id}</span>
        <span className="article">{t('report_article', item.article)}</span>
      </div>
      {item.note && (
        <p className="note">
          {item.status === 'missing' ? <strong>{t('report_why_missing')} </strong> : null}
          {item.note}
        </p>
      )}
      {extras.itemExtra?.(item)}
      {shown.map((e, i) => (
        <Quote key={i} evidence={e} action={extras.quoteAction} />
      ))}
      {more.length > 0 && (
        <details>
          <summary>{t(more.length > 1 ? 'report_more_quotes_other' : 'report_more_quotes_one', more.length)}</summary>
          {more.map((e, i) => (
            <Quote key={i} evidence={e} action={extras.quoteAction} />
          ))}
        </details>
      )}
    </li>
  );
}

/** Everything the popup shows about one report. */
export function ReportView({ report, version, extras }: { report: Report; version?: number; extras?: ReportExtras }) {
  const counts = { met: 0, partial: 0, missing: 0, not_applicable: 0 };
  for (const item of report.checklist) counts[item.status] += 1;
  const controller = report.controller;
  const checklist = (
    <ol className="checklist" aria-label={t('report_checklist_aria')}>
      {report.checklist.map((item) => (
        <ChecklistItemView key={item.id} item={item} extras={extras} />
      ))}
    </ol>
  );
  return (
    <section className="report" aria-label={t('report_aria')}>
      {!report.isPrivacyPolicy && (
        <div className="banner warn" role="status" data-state="not-a-policy">
          <strong>{t('report_not_policy_title')}</strong> {t('report_not_policy_body')}
        </div>
      )}
      <div className={report.isPrivacyPolicy ? 'score-row' : 'score-row muted'}>
        <div className="score" data-testid="score" aria-label={t('report_score_aria', report.score)}>
          <span className="score-value">{report.score}</span>
          <span className="score-max">/100</span>
        </div>
        <div className="summary">
          <div>
            {t('report_counts', counts.met, counts.partial, counts.missing)}
            {counts.not_applicable ? ` · ${t('report_counts_na', counts.not_applicable)}` : ''}
          </div>
          {!report.isPrivacyPolicy && <div>{t('report_score_not_meaningful')}</div>}
          <div className="meter" aria-hidden="true">
            <div className="meter-fill" style={{ width: `${Math.max(0, Math.min(100, report.score))}%` }} />
          </div>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('report_language')}</dt>
        <dd data-testid="language">{languageName(report.language)}</dd>
        <dt>{t('report_controller')}</dt>
        <dd data-testid="controller">
          {controller.name ?? <em>{t('report_not_stated')}</em>}
          {controller.address ? <div className="sub">{controller.address}</div> : null}
          {controller.emails.length > 0 ? <div className="sub">{controller.emails.join(', ')}</div> : null}
        </dd>
        <dt>{t('report_analysed')}</dt>
        <dd>
          {new Date(report.source.analyzedAt).toLocaleString()}
          {version ? ` · ${t('report_version', version)}` : ''}
        </dd>
      </dl>
      {report.isPrivacyPolicy ? (
        checklist
      ) : (
        // 14 "missing" items on a recipe page are noise: fold them, keep them reachable.
        <details className="fold">
          <summary>{t('report_show_checklist')}</summary>
          {checklist}
        </details>
      )}
    </section>
  );
}
