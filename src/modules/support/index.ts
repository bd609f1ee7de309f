/** Support: tickets with priority from the account's rules, targets with breach events, messages both ways. */
export { reportBreaches } from './breaches.ts';
export * from './core/index.ts';
export { addMessage, listMessages, type NewMessage } from './messages.ts';
export { type InboundMail, type InboundMailJson, mailFromJson, parseRawMail } from './parse-mail.ts';
export { type MessageRow, presentMessage, presentTicket, type Ticket, type TicketRow } from './present.ts';
export {
  existingSettingsRow,
  getSupportSettings,
  rememberCsatSurvey,
  type SupportSettings,
  type SupportSettingsInput,
  settingsOf,
  settingsRow,
  signerOf,
  updateSupportSettings,
} from './settings.ts';
export {
  changeTicket,
  findTicket,
  getTicket,
  insertTicket,
  listTickets,
  type NewTicket,
  type TicketChange,
  type TicketSearch,
} from './tickets.ts';
