/**
 * The fields a CSV column can fill on an imported customer (and its optional subscription), and the guess of which
 * column fills which from its header. Shared with the console's mapping table (web/console), so both offer one list.
 */

export const IMPORT_FIELDS = [
  'external_id',
  'name',
  'email',
  'phone',
  'description',
  'address.line1',
  'address.line2',
  'address.city',
  'address.region',
  'address.postal_code',
  'address.country',
  'locale',
  'currency',
  'price',
  'quantity',
  'trial_end',
  'next_renewal',
] as const;
export type FixedField = (typeof IMPORT_FIELDS)[number];
/** A fixed field or `metadata.<key>` (any key of up to 40 characters). */
export type ImportField = FixedField | `metadata.${string}`;
/** CSV header → the field it fills; a column mapped to '' (or left out) is ignored. */
export type Mapping = Record<string, ImportField | ''>;

const METADATA_KEY = /^metadata\.[A-Za-z0-9_.-]{1,40}$/;

export function isImportField(name: string): name is ImportField {
  return (IMPORT_FIELDS as readonly string[]).includes(name) || METADATA_KEY.test(name);
}

// Header spellings seen in exports from spreadsheets and other billing tools, English, Portuguese and Dutch,
// compared after folding case, accents, spaces, dashes and underscores (so "E-mail", "e_mail" and "Email" match).
const ALIASES: Record<FixedField, string[]> = {
  external_id: [
    'externalid',
    'externalref',
    'externalreference',
    'reference',
    'ref',
    'customerid',
    'clientid',
    'id',
    'codigo',
    'codigocliente',
    'referencia',
    'klantnummer',
    'klantid',
    'referentie',
  ],
  name: [
    'name',
    'fullname',
    'customername',
    'customer',
    'nome',
    'nomecompleto',
    'cliente',
    'naam',
    'klantnaam',
    'volledigenaam',
  ],
  email: ['email', 'emailaddress', 'mail', 'correioeletronico', 'emailadres', 'mailadres'],
  phone: ['phone', 'phonenumber', 'telephone', 'mobile', 'telefone', 'celular', 'telefoon', 'telefoonnummer', 'mobiel'],
  description: ['description', 'notes', 'note', 'descricao', 'observacoes', 'omschrijving', 'notities'],
  'address.line1': [
    'address',
    'address1',
    'addressline1',
    'line1',
    'street',
    'endereco',
    'rua',
    'logradouro',
    'adres',
    'straat',
  ],
  'address.line2': ['address2', 'addressline2', 'line2', 'complemento', 'adres2', 'toevoeging'],
  'address.city': ['city', 'town', 'cidade', 'municipio', 'plaats', 'stad', 'woonplaats'],
  'address.region': ['region', 'state', 'province', 'county', 'estado', 'uf', 'provincie'],
  'address.postal_code': ['postalcode', 'postcode', 'zip', 'zipcode', 'cep', 'codigopostal'],
  'address.country': ['country', 'countrycode', 'pais', 'land', 'landcode'],
  locale: ['locale', 'language', 'lang', 'preferredlocale', 'preferredlanguage', 'idioma', 'lingua', 'taal'],
  currency: ['currency', 'preferredcurrency', 'moeda', 'valuta', 'munteenheid'],
  price: ['price', 'priceid', 'plan', 'planid', 'lookupkey', 'preco', 'plano', 'prijs', 'abonnement', 'pakket'],
  quantity: ['quantity', 'qty', 'seats', 'quantidade', 'aantal'],
  trial_end: ['trialend', 'trialends', 'fimdoteste', 'fimdotrial', 'proefperiodeeinde', 'einde proefperiode'],
  next_renewal: [
    'nextrenewal',
    'renewal',
    'renewsat',
    'renewaldate',
    'nextbillingdate',
    'currentperiodend',
    'proximarenovacao',
    'renovacao',
    'verlenging',
    'volgendeverlenging',
  ],
};

/** "E-mail " → "email", "Próxima renovação" → "proximarenovacao". */
export function foldHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The likely field of each header: a known spelling, or `metadata.<key>` for a header written that way; else ''
 * (ignored). A field is given to the first header that claims it, so two "name" columns never both fill it.
 */
export function guessMapping(headers: readonly string[]): Mapping {
  const byAlias = new Map<string, FixedField>();
  for (const field of IMPORT_FIELDS) for (const alias of ALIASES[field]) byAlias.set(foldHeader(alias), field);
  const taken = new Set<string>();
  const mapping: Mapping = {};
  for (const header of headers) {
    const trimmed = header.trim();
    const field: ImportField | undefined = METADATA_KEY.test(trimmed)
      ? (trimmed as ImportField)
      : byAlias.get(foldHeader(trimmed));
    mapping[header] = field && !taken.has(field) ? field : '';
    if (field) taken.add(field);
  }
  return mapping;
}
