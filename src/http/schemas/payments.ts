import { arrayOf, bool, int, metadataOut, nullable, resource, type Schema, str } from './common.ts';

// Response objects of collection and credit, field for field as their presenters build them.
const nstr = (extra: Schema = {}) => nullable(str(extra));
const nts = nullable(int({ description: 'Unix seconds' }));

const paymentMethodSchema = resource(
  'PaymentMethod',
  'payment_method',
  {
    customer: nstr({ description: 'null once detached' }),
    gateway: str({ enum: ['sandbox', 'stripe'] }),
    type: str(),
    card: {
      type: ['object', 'null'],
      properties: {
        brand: nstr(),
        last4: nstr(),
        exp_month: nullable(int()),
        exp_year: nullable(int()),
      },
      required: ['brand', 'last4', 'exp_month', 'exp_year'],
    },
    is_default: bool(),
    metadata: metadataOut,
  },
  'A gateway token for a card or another method; Tenure never sees card numbers.',
);

const paymentSchema = resource(
  'Payment',
  'payment',
  {
    customer: str(),
    invoice: str(),
    payment_method: nstr(),
    amount: int(),
    amount_refunded: int(),
    currency: str(),
    status: str({ enum: ['pending', 'processing', 'succeeded', 'failed'] }),
    gateway: str(),
    gateway_id: nstr(),
    decline_code: nstr(),
    failure_message: nstr(),
    attempt: int(),
    out_of_band: bool(),
    settled_at: nts,
    metadata: metadataOut,
  },
  'One attempt to collect an invoice, through a gateway or recorded as paid out of band.',
);

const balanceTransactionSchema = resource(
  'CustomerBalanceTransaction',
  'customer_balance_transaction',
  {
    customer: str(),
    type: str({ enum: ['adjustment', 'applied_to_invoice', 'credit_note', 'invoice_overpaid'] }),
    amount: int({ description: 'Minor units; negative is credit to the customer' }),
    currency: str(),
    ending_balance: int(),
    invoice: nstr(),
    credit_note: nstr(),
    description: nstr(),
    metadata: metadataOut,
  },
  'One entry of the customer’s append-only balance ledger.',
);

const creditNoteSchema = resource(
  'CreditNote',
  'credit_note',
  {
    invoice: str(),
    customer: str(),
    number: str(),
    status: str({ enum: ['issued', 'void'] }),
    amount: int(),
    currency: str(),
    reason: nstr(),
    memo: nstr(),
    lines: arrayOf({
      type: 'object',
      properties: { invoice_line: nstr(), description: str(), amount: int() },
      required: ['invoice_line', 'description', 'amount'],
    }),
    pre_payment_amount: int(),
    refund_amount: int(),
    credit_amount: int(),
    out_of_band_amount: int(),
    voided_at: nts,
    metadata: metadataOut,
  },
  'Lowers what an invoice owes, or refunds or credits part of a paid one.',
);

const refundSchema = resource(
  'Refund',
  'refund',
  {
    payment: str(),
    amount: int(),
    currency: str(),
    status: str(),
    reason: nstr(),
    credit_note: nstr(),
    gateway_id: nstr(),
    metadata: metadataOut,
  },
  'Money sent back through the gateway for a payment.',
);

export const paymentSchemas = [paymentMethodSchema, paymentSchema, balanceTransactionSchema];
export const creditSchemas = [creditNoteSchema, refundSchema];
