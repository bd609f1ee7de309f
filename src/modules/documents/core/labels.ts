/** Document labels per supported locale; the customer's locale wins, then the account's default, then English. */

export type DocumentLocale = 'en' | 'pt-BR' | 'nl' | 'fa';

export type Labels = {
  invoice: string;
  creditNote: string;
  number: string;
  created: string;
  dueDate: string;
  period: string;
  seller: string;
  billTo: string;
  taxId: string;
  description: string;
  quantity: string;
  amount: string;
  subtotal: string;
  discount: string;
  tax: string;
  inclusive: string;
  total: string;
  amountPaid: string;
  amountDue: string;
  status: string;
  forInvoice: string;
  reason: string;
  statuses: Record<string, string>;
};

const en: Labels = {
  invoice: 'Invoice',
  creditNote: 'Credit note',
  number: 'Number',
  created: 'Date',
  dueDate: 'Due date',
  period: 'Period',
  seller: 'From',
  billTo: 'Bill to',
  taxId: 'Tax ID',
  description: 'Description',
  quantity: 'Qty',
  amount: 'Amount',
  subtotal: 'Subtotal',
  discount: 'Discount',
  tax: 'Tax',
  inclusive: 'included',
  total: 'Total',
  amountPaid: 'Amount paid',
  amountDue: 'Amount due',
  status: 'Status',
  forInvoice: 'Credits invoice',
  reason: 'Reason',
  statuses: {
    draft: 'Draft',
    open: 'Open',
    paid: 'Paid',
    void: 'Void',
    uncollectible: 'Uncollectible',
    issued: 'Issued',
  },
};

const ptBR: Labels = {
  invoice: 'Fatura',
  creditNote: 'Nota de crédito',
  number: 'Número',
  created: 'Data',
  dueDate: 'Vencimento',
  period: 'Período',
  seller: 'De',
  billTo: 'Cobrar de',
  taxId: 'CPF/CNPJ',
  description: 'Descrição',
  quantity: 'Qtd.',
  amount: 'Valor',
  subtotal: 'Subtotal',
  discount: 'Desconto',
  tax: 'Imposto',
  inclusive: 'incluso',
  total: 'Total',
  amountPaid: 'Valor pago',
  amountDue: 'Valor devido',
  status: 'Situação',
  forInvoice: 'Credita a fatura',
  reason: 'Motivo',
  statuses: {
    draft: 'Rascunho',
    open: 'Em aberto',
    paid: 'Paga',
    void: 'Anulada',
    uncollectible: 'Incobrável',
    issued: 'Emitida',
  },
};

const nl: Labels = {
  invoice: 'Factuur',
  creditNote: 'Creditnota',
  number: 'Nummer',
  created: 'Datum',
  dueDate: 'Vervaldatum',
  period: 'Periode',
  seller: 'Van',
  billTo: 'Factuur aan',
  taxId: 'Btw-nummer',
  description: 'Omschrijving',
  quantity: 'Aantal',
  amount: 'Bedrag',
  subtotal: 'Subtotaal',
  discount: 'Korting',
  tax: 'Btw',
  inclusive: 'inbegrepen',
  total: 'Totaal',
  amountPaid: 'Betaald',
  amountDue: 'Te betalen',
  status: 'Status',
  forInvoice: 'Crediteert factuur',
  reason: 'Reden',
  statuses: {
    draft: 'Concept',
    open: 'Open',
    paid: 'Betaald',
    void: 'Vervallen',
    uncollectible: 'Oninbaar',
    issued: 'Uitgegeven',
  },
};

const fa: Labels = {
  invoice: 'صورتحساب',
  creditNote: 'یادداشت اعتبار',
  number: 'شماره',
  created: 'تاریخ',
  dueDate: 'سررسید',
  period: 'دوره',
  seller: 'فروشنده',
  billTo: 'خریدار',
  taxId: 'شناسه مالیاتی',
  description: 'شرح',
  quantity: 'تعداد',
  amount: 'مبلغ',
  subtotal: 'جمع جزء',
  discount: 'تخفیف',
  tax: 'مالیات',
  inclusive: 'شامل',
  total: 'جمع کل',
  amountPaid: 'پرداخت‌شده',
  amountDue: 'مبلغ قابل پرداخت',
  status: 'وضعیت',
  forInvoice: 'برای صورتحساب',
  reason: 'دلیل',
  statuses: {
    draft: 'پیش‌نویس',
    open: 'باز',
    paid: 'پرداخت‌شده',
    void: 'باطل',
    uncollectible: 'غیرقابل وصول',
    issued: 'صادرشده',
  },
};

const TABLE: Record<DocumentLocale, Labels> = { en, 'pt-BR': ptBR, nl, fa };

/** Picks the first supported locale: exact tag, then language ('pt-PT' → pt-BR, 'nl-BE' → nl, 'fa-IR' → fa). */
export function documentLocale(...candidates: (string | null | undefined)[]): DocumentLocale {
  for (const tag of candidates) {
    if (!tag) continue;
    if (tag in TABLE) return tag as DocumentLocale;
    const language = tag.split('-')[0]!.toLowerCase();
    const match = (Object.keys(TABLE) as DocumentLocale[]).find((l) => l.split('-')[0] === language);
    if (match) return match;
  }
  return 'en';
}

export function labelsFor(locale: DocumentLocale): Labels {
  return TABLE[locale];
}

export function isRightToLeft(locale: DocumentLocale): boolean {
  return locale === 'fa';
}
