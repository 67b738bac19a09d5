import type { Offence, Order } from '../../order';
import { checkVerdict } from '../check-verdict';
import { classifyOffence, type OffenceClassification } from '../classify-offence';
import { listAnd } from '../labels';
import type { PolicyVersion } from '../policy-version';
import { citeRule } from '../source';
import { findCategory, type OffenceCategory } from '../tos-catalog';
import type { CheckVerdict, OffenceDetail } from '../verdict';

const QUOTE_LIMIT = 80;

function quote(text: string): string {
  const short = text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1).trimEnd()}…` : text;
  return `“${short}”`;
}

function words(keywords: readonly string[]): string {
  return keywords.map((k) => `“${k}”`).join(', ');
}

function howClassified(c: OffenceClassification, category: OffenceCategory): string {
  if (c.classifiedBy === 'code') return `is coded as ${category.label}`;
  const match = c.keywordMatches.find((m) => m.category.code === category.code);
  return `reads as ${category.label} (it mentions ${words(match?.keywords ?? [])})`;
}

function qualifies(policy: PolicyVersion, category: OffenceCategory): boolean {
  const q = policy.offences.qualifying;
  return q.kind === 'any_violation' || q.categories.includes(category.code);
}

function assessOffence(offence: Offence, number: number, policy: PolicyVersion): OffenceDetail {
  const c = classifyOffence(offence, policy.tosCatalog);
  const subject = `Offence ${number} (${quote(offence.description)})`;
  const detail = (
    result: OffenceDetail['result'],
    reason: string,
    rule: string,
    category = c.category,
  ): OffenceDetail => ({
    kind: 'offence',
    number,
    description: offence.description,
    category: category?.code ?? null,
    classifiedBy: c.classifiedBy,
    matchedKeywords: c.keywordMatches.flatMap((m) => m.keywords),
    result,
    reason,
    rule,
  });

  if (c.unknownCode !== undefined) {
    return detail(
      'needs_review',
      `${subject} carries the category code “${c.unknownCode}”, which the ToS catalog of policy ${policy.version} does not know; a reviewer must classify it.`,
      policy.offences.id,
    );
  }
  const category = c.category;
  if (!category) {
    return detail(
      'needs_review',
      `${subject} matches no category of the ToS catalog; a reviewer must classify it.`,
      policy.offences.id,
    );
  }

  const protectedMatch = c.keywordMatches.find((m) => m.category.status === 'protected_speech');
  const violationMatches = c.keywordMatches.filter((m) => m.category.status === 'violation');

  switch (category.status) {
    case 'protected_speech':
      if (c.classifiedBy === 'keywords' && violationMatches.length > 0) {
        return detail(
          'needs_review',
          `${subject} mentions both ${category.label} (${words(protectedMatch?.keywords ?? [])}) and ${listAnd(violationMatches.map((m) => `${m.category.label} (${words(m.keywords)})`))}; protected speech is never grounds for disclosure, so a reviewer must establish what conduct is really alleged.`,
          category.id,
        );
      }
      return detail(
        'fail',
        `${subject} ${howClassified(c, category)}, which is protected speech and never grounds for disclosure: ${category.rationale} (${citeRule(category)})`,
        category.id,
      );
    case 'not_a_violation':
      return detail(
        'fail',
        `${subject} ${howClassified(c, category)}, which does not violate the Terms of Service: ${category.rationale} (${citeRule(category)})`,
        category.id,
      );
    case 'violation':
      if (protectedMatch) {
        return detail(
          'needs_review',
          `${subject} ${howClassified(c, category)}, but its description reads as ${protectedMatch.category.label} (it mentions ${words(protectedMatch.keywords)}); protected speech is never grounds for disclosure, so a reviewer must check what conduct is really alleged.`,
          protectedMatch.category.id,
        );
      }
      if (!qualifies(policy, category)) {
        return detail(
          'fail',
          `${subject} ${howClassified(c, category)}, but under policy ${policy.version} only ${qualifyingLabels(policy)} ${policy.offences.qualifying.kind === 'listed' && policy.offences.qualifying.categories.length === 1 ? 'is' : 'are'} grounds for disclosure (${citeRule(policy.offences)}).`,
          policy.offences.id,
        );
      }
      return detail(
        'pass',
        `${subject} ${howClassified(c, category)}, which violates the Terms of Service (${category.tosClause.id}: “${category.tosClause.text}”, ${citeRule(category)}).`,
        category.id,
      );
  }
}

function qualifyingLabels(policy: PolicyVersion): string {
  const q = policy.offences.qualifying;
  if (q.kind === 'any_violation') return 'violations of the Terms of Service';
  return listAnd(q.categories.map((code) => findCategory(policy.tosCatalog, code)?.label ?? code));
}

function isProtected(policy: PolicyVersion, detail: OffenceDetail): boolean {
  const category = detail.category ? findCategory(policy.tosCatalog, detail.category) : undefined;
  return category?.status === 'protected_speech';
}

function numbers(details: readonly OffenceDetail[]): string {
  return listAnd(details.map((d) => String(d.number)));
}

/**
 * Does an alleged offence violate the Terms of Service? One qualifying offence is enough for a
 * target to be a suspect "in a case involving" a violation; protected speech anywhere in the
 * order fails the check, because the rest of the order may be the pretext for it.
 */
export function checkTosViolation(order: Order, policy: PolicyVersion): CheckVerdict {
  const details = order.offences.map((o, i) => assessOffence(o, i + 1, policy));
  const verdict = (
    result: OffenceDetail['result'],
    reason: string,
    rule: string,
    overridable = true,
  ) => checkVerdict('tos_violation', policy, result, reason, rule, details, overridable);

  const speech = details.filter((d) => d.result === 'fail' && isProtected(policy, d));
  const [firstSpeech] = speech;
  if (firstSpeech) {
    const labels = listAnd(
      speech.map(
        (d) =>
          `offence ${d.number}: ${findCategory(policy.tosCatalog, d.category ?? '')?.label ?? d.category}`,
      ),
    );
    return verdict(
      'fail',
      `The order alleges protected speech (${labels}); protected speech is never grounds for disclosure, whatever else the order alleges.`,
      firstSpeech.rule,
      false,
    );
  }

  const open = details.filter((d) => d.result === 'needs_review');
  const [firstOpen] = open;
  if (firstOpen) {
    const others =
      open.length > 1
        ? ` Offences ${numbers(open.slice(1))} also need a reviewer’s classification.`
        : '';
    return verdict('needs_review', `${firstOpen.reason}${others}`, firstOpen.rule);
  }

  const passing = details.filter((d) => d.result === 'pass');
  const failing = details.filter((d) => d.result === 'fail');
  const [firstPass] = passing;
  if (firstPass) {
    const rest =
      failing.length > 0
        ? ` Offence ${numbers(failing)} ${failing.length === 1 ? 'is' : 'are'} not grounds for disclosure, which does not change that.`
        : '';
    return verdict(
      'pass',
      `Offence ${numbers(passing)} ${passing.length === 1 ? 'violates' : 'violate'} the Terms of Service, so the targets are suspects in a case involving a ToS violation.${rest}`,
      firstPass.rule,
    );
  }

  const [firstFail] = failing;
  return verdict(
    'fail',
    `No alleged offence is grounds for disclosure under policy ${policy.version}: ${firstFail?.reason ?? ''}`.trim(),
    firstFail?.rule ?? policy.offences.id,
  );
}
