import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fill, renderNotice, templateProblem } from './render.ts';

test('fill: placeholders only, unknown or object paths are empty, no prototype walk', () => {
  const vars = { customer: { name: 'Ana' }, n: 3 };
  const cases: [string, string][] = [
    ['Hi {{customer.name}}', 'Hi Ana'],
    ['Hi {{ customer.name }}!', 'Hi Ana!'],
    ['{{n}} days', '3 days'],
    ['[{{missing.path}}]', '[]'],
    ['[{{customer}}]', '[]'],
    ['[{{customer.constructor}}]', '[]'],
    ['[{{__proto__.x}}]', '[]'],
  ];
  for (const [source, want] of cases) assert.equal(fill(source, vars), want, source);
});

test('templateProblem: refuses anything but plain placeholders', () => {
  const cases: [string, boolean][] = [
    ['Hi {{customer.name}}', true],
    ['{{#each x}}', false],
    ['{{{customer.name}}}', false],
    ['{{ constructor.constructor("x")() }}', false],
    ['no braces', true],
  ];
  for (const [source, ok] of cases) assert.equal(templateProblem(source) === null, ok, source);
});

test('renderNotice: values escaped in HTML, raw in text, single-line in the subject, rtl for fa', () => {
  const vars = { customer: { name: '<script>alert(1)</script>\r\nBcc: x' } };
  const out = renderNotice(
    { subject: 'Hi {{customer.name}}', body: 'Dear {{customer.name}}\n\n<b>x</b>' },
    vars,
    'rtl',
    'fa',
  );
  assert.equal(out.subject, 'Hi <script>alert(1)</script> Bcc: x');
  assert.ok(out.text.startsWith('Dear <script>'));
  assert.ok(!out.html.includes('<script>'));
  assert.ok(out.html.includes('&#60;script&#62;alert(1)&#60;/script&#62;'));
  assert.ok(out.html.includes('&#60;b&#62;x&#60;/b&#62;'), 'template text is escaped too');
  assert.ok(out.html.includes('dir="rtl"'));
});
