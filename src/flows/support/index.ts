/** Support across customers, billing facts, surveys and notices: tickets, inbound mail, CSAT, breach due work. */
export { customerSupportFacts } from './customer-facts.ts';
export { supportDueSources } from './due-sources.ts';
export { type MailOutcome, receiveMail } from './receive-mail.ts';
export { type SmtpListener, startSmtpListener } from './smtp-listener.ts';
export {
  listTicketMessages,
  type OpenTicketInput,
  openTicket,
  type PostMessageInput,
  postMessage,
  type UpdateTicketInput,
  updateTicket,
} from './tickets.ts';
