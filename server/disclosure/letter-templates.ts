import type { LookupResult } from '../../shared/disclosure/subscriber-data';

/** The wording of a response letter in one language. */
export interface LetterTemplate {
  language: string;
  title: (reference: string) => string;
  date: string;
  yourReference: string;
  caseNumber: string;
  opening: (receivedOn: string, legalBasis: string) => string;
  disclosed: (policyVersion: string) => string;
  phoneNumber: string;
  ipAddresses: (from: string, to: string) => string;
  results: Record<Exclude<LookupResult, 'found'>, string>;
  declinedHeading: string;
  nothingDeclined: string;
  integrity: string;
  closing: (approverName: string) => string;
}

const ENGLISH: LetterTemplate = {
  language: 'en',
  title: (reference) => `Response to your order ${reference}`,
  date: 'Date',
  yourReference: 'Your reference',
  caseNumber: 'Your case number',
  opening: (receivedOn, legalBasis) =>
    `We received your order on ${receivedOn}, issued under ${legalBasis}. After legal review it has been answered as follows.`,
  disclosed: (policyVersion) =>
    `Subscriber data disclosed under our privacy policy (version ${policyVersion}) for the accounts named as suspects:`,
  phoneNumber: 'Phone number',
  ipAddresses: (from, to) => `IP addresses between ${from} and ${to}`,
  results: {
    no_such_account: 'No account matches this identifier.',
    no_data_in_window: 'The account holds no such data for the period requested.',
  },
  declinedHeading: 'Not disclosed, and why:',
  nothingDeclined: 'Nothing requested was declined.',
  integrity:
    'The accompanying manifest lists these values and the SHA-256 of this letter, so that both can be checked.',
  closing: (approverName) => `Legal team. Disclosure approved by ${approverName}.`,
};

const FRENCH: LetterTemplate = {
  language: 'fr',
  title: (reference) => `Réponse à votre réquisition ${reference}`,
  date: 'Date',
  yourReference: 'Votre référence',
  caseNumber: 'Votre numéro de procédure',
  opening: (receivedOn, legalBasis) =>
    `Nous avons reçu votre réquisition le ${receivedOn}, fondée sur ${legalBasis}. Après examen juridique, elle reçoit la réponse suivante.`,
  disclosed: (policyVersion) =>
    `Données d’abonné communiquées en application de notre politique de confidentialité (version ${policyVersion}) pour les comptes désignés comme suspects :`,
  phoneNumber: 'Numéro de téléphone',
  ipAddresses: (from, to) => `Adresses IP entre le ${from} et le ${to}`,
  results: {
    no_such_account: 'Aucun compte ne correspond à cet identifiant.',
    no_data_in_window: 'Le compte ne contient pas ces données pour la période demandée.',
  },
  declinedHeading: 'Non communiqué, et pourquoi :',
  nothingDeclined: 'Aucun élément demandé n’a été refusé.',
  integrity:
    'Le manifeste joint reprend ces valeurs et l’empreinte SHA-256 de la présente lettre, afin que l’une et l’autre puissent être vérifiées.',
  closing: (approverName) => `Service juridique. Communication approuvée par ${approverName}.`,
};

const GERMAN: LetterTemplate = {
  language: 'de',
  title: (reference) => `Antwort auf Ihre Anordnung ${reference}`,
  date: 'Datum',
  yourReference: 'Ihr Aktenzeichen',
  caseNumber: 'Ihre Verfahrensnummer',
  opening: (receivedOn, legalBasis) =>
    `Ihre Anordnung ist am ${receivedOn} bei uns eingegangen (Rechtsgrundlage: ${legalBasis}). Nach rechtlicher Prüfung beantworten wir sie wie folgt.`,
  disclosed: (policyVersion) =>
    `Gemäß unserer Datenschutzrichtlinie (Fassung ${policyVersion}) herausgegebene Bestandsdaten zu den als Beschuldigte benannten Konten:`,
  phoneNumber: 'Telefonnummer',
  ipAddresses: (from, to) => `IP-Adressen zwischen ${from} und ${to}`,
  results: {
    no_such_account: 'Zu dieser Kennung besteht kein Konto.',
    no_data_in_window: 'Für den angefragten Zeitraum liegen zu dem Konto keine solchen Daten vor.',
  },
  declinedHeading: 'Nicht herausgegeben, mit Begründung:',
  nothingDeclined: 'Keine angefragten Daten wurden abgelehnt.',
  integrity:
    'Das beigefügte Manifest enthält diese Werte und den SHA-256-Hashwert dieses Schreibens, sodass beides überprüft werden kann.',
  closing: (approverName) => `Rechtsabteilung. Herausgabe genehmigt von ${approverName}.`,
};

export type LetterLanguage = 'en' | 'fr' | 'de';

/** Countries whose authorities are written to in a language other than English. */
const LANGUAGE_BY_COUNTRY: Record<string, LetterLanguage> = {
  FR: 'fr',
  BE: 'fr',
  LU: 'fr',
  MC: 'fr',
  DE: 'de',
  AT: 'de',
  LI: 'de',
};

/** The authority's language where templates exist, English otherwise. */
export function letterLanguageFor(country: string): LetterLanguage {
  return LANGUAGE_BY_COUNTRY[country.toUpperCase()] ?? 'en';
}

const TEMPLATES: Record<LetterLanguage, LetterTemplate> = { en: ENGLISH, fr: FRENCH, de: GERMAN };

/** The authority's language where a template exists, English otherwise. */
export function letterTemplateFor(country: string): LetterTemplate {
  return TEMPLATES[letterLanguageFor(country)];
}
