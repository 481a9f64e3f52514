import { describe, expect, it } from 'vitest';
import { fillReply, normalizeReply, parseReply, placeholdersIn, unfilledPlaceholders } from '../../src/lib/templates/reply.ts';

const body = 'Hi {{customer_name}},  \n\n\n\nthanks.\nCase {{ case_number }}.\n';

describe('reply text', () => {
  it('normalises whitespace the way it is copied', () => {
    expect(normalizeReply(body)).toBe('Hi {{customer_name}},\n\nthanks.\nCase {{ case_number }}.');
  });
  it('splits paragraphs into text and placeholder segments', () => {
    expect(parseReply(body)).toEqual([
      [{ text: 'Hi ' }, { placeholder: 'customer_name' }, { text: ',' }],
      [{ text: 'thanks.\nCase ' }, { placeholder: 'case_number' }, { text: '.' }],
    ]);
  });
  it('fills values as plain text and leaves empty ones visible', () => {
    expect(fillReply(body, { customer_name: '<script>alert("x")</script>', case_number: ' ' })).toBe(
      'Hi <script>alert("x")</script>,\n\nthanks.\nCase {{ case_number }}.',
    );
  });
  it('lists placeholders in order and the unfilled ones', () => {
    expect(placeholdersIn(body)).toEqual(['customer_name', 'case_number']);
    expect(unfilledPlaceholders(body, { customer_name: 'Ana' })).toEqual(['case_number']);
  });
});
