import { useRef, useState } from 'react';
import { refusalOf, type GatewayClient, type Refusal } from '../api/gateway-client.js';
import { ErrorNote } from '../components/ErrorNote.js';
import { useI18n } from '../i18n/i18n.js';

type ReportLanguage = 'en' | 'sr-Latn';

/** A person's access report in English or Serbian (Latin): read, print, download. */
export function SubjectAccess({ client }: { client: GatewayClient }) {
  const { t } = useI18n();
  const [subject, setSubject] = useState('');
  const [language, setLanguage] = useState<ReportLanguage>('en');
  const [report, setReport] = useState<{ html: string; known: boolean; subject: string }>();
  const [error, setError] = useState<Refusal>();
  const frame = useRef<HTMLIFrameElement>(null);
  const open = async () => {
    setError(undefined);
    try {
      const answer = await client.dpo.subjectAccess.query({
        subject: subject.trim(),
        language,
        format: 'html',
      });
      setReport({ html: answer.body, known: answer.subjectKnown, subject: subject.trim() });
    } catch (caught) {
      setReport(undefined);
      setError(refusalOf(caught));
    }
  };
  const download = () => {
    if (report === undefined) {
      return;
    }
    const url = URL.createObjectURL(new Blob([report.html], { type: 'text/html' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `subject-access-${report.subject}-${language}.html`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          void open();
        }}
      >
        <label>
          {t('subject')}
          <input value={subject} onChange={(e) => setSubject(e.target.value)} required />
        </label>
        <label>
          {t('sarLanguage')}
          <select value={language} onChange={(e) => setLanguage(e.target.value as ReportLanguage)}>
            <option value="en">English</option>
            <option value="sr-Latn">Srpski (latinica)</option>
          </select>
        </label>
        <button type="submit">{t('openReport')}</button>
      </form>
      <p className="hint">{t('sarHint')}</p>
      <ErrorNote error={error} />
      {report === undefined ? null : (
        <>
          {report.known ? null : <p className="empty">{t('sarUnknown')}</p>}
          <p>
            <button type="button" onClick={() => frame.current?.contentWindow?.print()}>
              {t('print')}
            </button>{' '}
            <button type="button" onClick={download}>
              {t('download')}
            </button>
          </p>
          {/* The report is the gateway's own HTML; it runs no script here (sandbox). */}
          <iframe
            ref={frame}
            className="report"
            title={t('sarTitle')}
            sandbox="allow-same-origin allow-modals"
            srcDoc={report.html}
          />
        </>
      )}
    </>
  );
}
