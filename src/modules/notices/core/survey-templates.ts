/**
 * Survey e-mails: one signed link per answer, so answering is one click (then an optional comment on the page).
 * `{{survey.links.sN}}` is the link that answers N.
 */
import { localized } from './texts.ts';

const npsLinks = Array.from({ length: 11 }, (_, n) => `${n}: {{survey.links.s${n}}}`).join('\n');
const csatLinks = Array.from({ length: 5 }, (_, i) => `${i + 1}: {{survey.links.s${i + 1}}}`).join('\n');

const choice = (hello: string, prompt: string) => `${hello}\n\n{{survey.question}}\n\n${prompt}\n\n{{survey.choices}}`;

export const SURVEY_TEXTS = {
  survey_choice: localized(
    ['{{survey.question}}', choice('Hello {{customer.name}},', 'Click your answer:')],
    ['{{survey.question}}', choice('Olá {{customer.name}},', 'Clique na sua resposta:')],
    ['{{survey.question}}', choice('Hallo {{customer.name}},', 'Klik op je antwoord:')],
    ['{{survey.question}}', choice('{{customer.name}} عزیز،', 'روی پاسخ خود کلیک کنید:')],
  ),
  survey_nps: localized(
    [
      'How likely are you to recommend {{account.name}}?',
      `Hello {{customer.name}},\n\nOn a scale of 0 (not at all likely) to 10 (extremely likely), how likely are you to recommend {{account.name}} to a friend? Click your answer:\n\n${npsLinks}`,
    ],
    [
      'Qual a chance de você recomendar a {{account.name}}?',
      `Olá {{customer.name}},\n\nNuma escala de 0 (nenhuma chance) a 10 (com certeza), qual a chance de você recomendar a {{account.name}} a um amigo? Clique na sua resposta:\n\n${npsLinks}`,
    ],
    [
      'Hoe waarschijnlijk is het dat je {{account.name}} aanbeveelt?',
      `Hallo {{customer.name}},\n\nHoe waarschijnlijk is het, op een schaal van 0 (helemaal niet) tot 10 (zeer waarschijnlijk), dat je {{account.name}} aan een vriend aanbeveelt? Klik op je antwoord:\n\n${npsLinks}`,
    ],
    [
      'چقدر احتمال دارد {{account.name}} را توصیه کنید؟',
      `{{customer.name}} عزیز،\n\nاز ۰ (اصلاً) تا ۱۰ (حتماً)، چقدر احتمال دارد {{account.name}} را به یک دوست توصیه کنید؟ روی پاسخ خود کلیک کنید:\n\n${npsLinks}`,
    ],
  ),
  survey_csat: localized(
    [
      'How satisfied are you with {{account.name}}?',
      `Hello {{customer.name}},\n\nFrom 1 (very unsatisfied) to 5 (very satisfied), how satisfied are you with {{account.name}}? Click your answer:\n\n${csatLinks}`,
    ],
    [
      'Qual a sua satisfação com a {{account.name}}?',
      `Olá {{customer.name}},\n\nDe 1 (muito insatisfeito) a 5 (muito satisfeito), qual a sua satisfação com a {{account.name}}? Clique na sua resposta:\n\n${csatLinks}`,
    ],
    [
      'Hoe tevreden ben je over {{account.name}}?',
      `Hallo {{customer.name}},\n\nHoe tevreden ben je, van 1 (zeer ontevreden) tot 5 (zeer tevreden), over {{account.name}}? Klik op je antwoord:\n\n${csatLinks}`,
    ],
    [
      'چقدر از {{account.name}} راضی هستید؟',
      `{{customer.name}} عزیز،\n\nاز ۱ (بسیار ناراضی) تا ۵ (بسیار راضی)، چقدر از {{account.name}} راضی هستید؟ روی پاسخ خود کلیک کنید:\n\n${csatLinks}`,
    ],
  ),
};
