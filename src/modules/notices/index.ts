export * from './core/index.ts';
export { type NoticeWorkOptions, noticeDueWork } from './due-work.ts';
export { createMailer, type Mailer, type OutgoingMail } from './mailer.ts';
export {
  getMessage,
  listMessages,
  type MessageSearch,
  presentMessage,
  putNoticeTemplate,
  type TemplateInput,
} from './messages.ts';
export { queueNotice } from './queue-notice.ts';
export { unsubscribe, unsubscribeToken } from './unsubscribe.ts';
