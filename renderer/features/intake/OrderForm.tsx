import { useState, type FormEvent } from 'react';
import { COUNTRIES } from '../../../shared/countries';
import type { FieldIssue } from '../../../shared/errors';
import { DATA_CATEGORIES, isDisclosable, type DataCategory } from '../../../shared/order';
import { PRESERVATION_TERMS } from '../../../shared/preservation';
import { DateField } from '../../components/DateField';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IssueList } from '../../components/IssueList';
import { optionsOf, SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { fieldErrorsFrom, issuesOf } from '../../lib/field-errors';
import { navigate } from '../../lib/hash-route';
import {
  AUTHORITY_KIND_LABELS,
  CHANNEL_LABELS,
  DATA_CATEGORY_LABELS,
  INSTRUMENT_LABELS,
  ROUTE_LABELS,
} from '../../lib/labels';
import { DocumentRows } from './DocumentRows';
import { OffenceRows } from './OffenceRows';
import {
  checkOrderForm,
  emptyOrderForm,
  type IpPurpose,
  type OrderFormState,
  type OrderPurpose,
} from './order-form-state';
import { checkAttachedFiles } from './parse-order-file';
import { PdfFilesField } from './PdfFilesField';
import { TargetRows } from './TargetRows';
import { useImportOrder } from './use-import-order';

const PURPOSE_OPTIONS: { value: OrderPurpose; label: string }[] = [
  { value: 'production', label: 'Production of data (an order to disclose)' },
  {
    value: 'epoc_pr',
    label: `Preservation: ${PRESERVATION_TERMS.epoc_pr.label}, ${PRESERVATION_TERMS.epoc_pr.days} days`,
  },
  {
    value: 'us_preservation',
    label: `Preservation: ${PRESERVATION_TERMS.us_preservation.label}, ${PRESERVATION_TERMS.us_preservation.days} days, extendable once`,
  },
];

const COUNTRY_OPTIONS = COUNTRIES.map((c) => ({ value: c.alpha2, label: c.name })).sort((a, b) =>
  a.label.localeCompare(b.label),
);

/** An order received on paper or by phone, typed in; checked with the intake schema. */
export function OrderForm() {
  const [form, setForm] = useState<OrderFormState>(emptyOrderForm);
  const [problems, setProblems] = useState<FieldIssue[]>([]);
  const [attachments, setAttachments] = useState<File[]>([]);
  const importOrder = useImportOrder();
  const errors = fieldErrorsFrom([...problems, ...issuesOf(importOrder.error)]);
  const set = <K extends keyof OrderFormState>(key: K) => {
    return (value: OrderFormState[K]) => setForm((f) => ({ ...f, [key]: value }));
  };

  function toggleCategory(category: DataCategory, checked: boolean) {
    setForm((f) => ({
      ...f,
      dataRequested: checked
        ? DATA_CATEGORIES.filter((c) => c === category || f.dataRequested.includes(c))
        : f.dataRequested.filter((c) => c !== category),
    }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    importOrder.reset();
    const checked = checkOrderForm(form);
    const found = [
      ...(checked.ok ? [] : checked.problems),
      ...(await checkAttachedFiles(attachments)),
    ];
    setProblems(found);
    if (!checked.ok || found.length > 0) return;
    importOrder.mutate(
      { order: checked.order, attachments },
      { onSuccess: (imported) => navigate({ screen: 'case', caseId: imported.caseId }) },
    );
  }

  return (
    <form className="panel" onSubmit={submit} noValidate aria-labelledby="order-form-heading">
      <h2 id="order-form-heading">Type in an order</h2>
      <fieldset>
        <legend>Order</legend>
        <div className="form-grid">
          <SelectField
            label="What the order asks for"
            value={form.purpose}
            options={PURPOSE_OPTIONS}
            onChange={set('purpose')}
            error={errors.kind ?? errors['preservation.instrument']}
          />
          <TextField
            label="Reference"
            value={form.reference}
            onChange={set('reference')}
            error={errors.reference}
          />
          <TextField
            label="Authority’s case number (optional)"
            value={form.caseNumber}
            onChange={set('caseNumber')}
            error={errors.caseNumber}
          />
          <DateField
            label="Received at"
            value={form.receivedAt}
            onChange={set('receivedAt')}
            error={errors.receivedAt}
          />
          <SelectField
            label="Received by"
            value={form.channel}
            options={optionsOf(CHANNEL_LABELS)}
            onChange={set('channel')}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>Issuing authority</legend>
        <div className="form-grid">
          <TextField
            label="Authority name"
            value={form.authorityName}
            onChange={set('authorityName')}
            error={errors['authority.name']}
            className="wide"
          />
          <SelectField
            label="Country"
            value={form.country}
            options={COUNTRY_OPTIONS}
            onChange={set('country')}
            error={errors['authority.country']}
            placeholder="Choose a country"
          />
          <SelectField
            label="Kind of authority"
            value={form.authorityKind}
            options={optionsOf(AUTHORITY_KIND_LABELS)}
            onChange={set('authorityKind')}
          />
          <TextField
            label="Contact named in the order (optional)"
            value={form.contactName}
            onChange={set('contactName')}
            error={errors['authority.contact.name']}
          />
          <TextField
            label="Contact email (optional)"
            type="email"
            value={form.contactEmail}
            onChange={set('contactEmail')}
            error={errors['authority.contact.email']}
          />
          <TextField
            label="Contact phone (optional)"
            type="tel"
            value={form.contactPhone}
            onChange={set('contactPhone')}
            error={errors['authority.contact.phone']}
            hint="International form, such as +33 1 23 45 67 89"
          />
        </div>
        <p className="hint">
          As stated in the order. Call-backs use the authority directory, never these.
        </p>
      </fieldset>

      <fieldset>
        <legend>Legal grounds</legend>
        <div className="form-grid">
          <SelectField
            label="Instrument"
            value={form.instrument}
            options={optionsOf(INSTRUMENT_LABELS)}
            onChange={set('instrument')}
          />
          <SelectField
            label="Route"
            value={form.route}
            options={optionsOf(ROUTE_LABELS)}
            onChange={set('route')}
          />
          <TextField
            label="Legal basis cited"
            value={form.legalBasis}
            onChange={set('legalBasis')}
            error={errors.legalBasis}
            className="wide"
          />
        </div>
        <div className="checkbox-line">
          <label>
            <input
              type="checkbox"
              checked={form.emergency}
              onChange={(e) => set('emergency')(e.target.checked)}
            />{' '}
            Emergency request (danger to life claimed)
          </label>
          <label>
            <input
              type="checkbox"
              checked={form.gagProhibited}
              onChange={(e) => set('gagProhibited')(e.target.checked)}
            />{' '}
            The order forbids notifying the user
          </label>
        </div>
        {form.gagProhibited && (
          <div className="form-grid">
            <DateField
              label="Non-disclosure until (optional)"
              withTime={false}
              value={form.gagUntil}
              onChange={set('gagUntil')}
              error={errors['nonDisclosure.until']}
            />
            <TextField
              label="Non-disclosure terms (optional)"
              value={form.gagTerms}
              onChange={set('gagTerms')}
              error={errors['nonDisclosure.terms']}
              className="wide"
            />
          </div>
        )}
      </fieldset>

      <TargetRows rows={form.targets} onChange={set('targets')} errors={errors} />
      <OffenceRows rows={form.offences} onChange={set('offences')} errors={errors} />

      <fieldset>
        <legend>Data requested</legend>
        <div className="checkbox-grid">
          {DATA_CATEGORIES.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={form.dataRequested.includes(c)}
                onChange={(e) => toggleCategory(c, e.target.checked)}
              />{' '}
              {DATA_CATEGORY_LABELS[c]}
              {!isDisclosable(c) && <span className="muted"> (will be declined)</span>}
            </label>
          ))}
        </div>
        {errors.dataRequested && <span className="field-error">{errors.dataRequested}</span>}
        <div className="form-grid">
          <DateField
            label="IP window from"
            value={form.ipFrom}
            onChange={set('ipFrom')}
            error={errors['ipWindow.from']}
          />
          <DateField
            label="IP window to"
            value={form.ipTo}
            onChange={set('ipTo')}
            error={errors['ipWindow.to']}
          />
          {form.instrument === 'european_production_order' && (
            <SelectField<IpPurpose>
              label="Are the IP addresses requested solely to identify the user?"
              value={form.ipPurpose}
              options={[
                { value: 'identification_only', label: 'Yes, the certificate says so' },
                {
                  value: 'beyond_identification',
                  label: 'No, the certificate says they serve more than identification',
                },
              ]}
              placeholder="The certificate does not say"
              onChange={set('ipPurpose')}
              error={errors.epoc ?? errors['epoc.ipSolelyForIdentification']}
            />
          )}
          <DateField
            label="Respond by, as stated (optional)"
            value={form.respondBy}
            onChange={set('respondBy')}
            error={errors.respondBy}
          />
        </div>
      </fieldset>

      <DocumentRows rows={form.documents} onChange={set('documents')} errors={errors}>
        <PdfFilesField label="PDF files of these documents" onChange={setAttachments} />
      </DocumentRows>

      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>The order cannot be imported yet:</p>
          <IssueList issues={problems} />
        </div>
      )}
      <ErrorNotice error={importOrder.error} />
      <button type="submit" className="primary" disabled={importOrder.isPending}>
        {importOrder.isPending ? 'Importing…' : 'Import typed order'}
      </button>
    </form>
  );
}
