import type { Language } from '../corpus/manifest.js';
import type { LoadedIndex } from '../index/load-index.js';
import type { Citation } from './answer-contract.js';
import { namedDocuments } from './document-reference.js';
import { citedLookupAnswer, inScript } from './extractive-answer.js';

/**
 * "Who is the media contact?", 「傳媒查詢聯絡人是誰？」, 「有嘢想問可以搵邊個」: a press release ends with
 * whom the media may contact — 「傳媒查詢，請聯絡：<機構><姓名>電話：…電郵：…」, "Media enquiries:
 * <name>, Tel: …, Email: …" — the convention of press releases of any publisher. The answer is that
 * contact (name, organisation, telephone, e-mail as written), cited. A question about a document, or a
 * body, whose contact no document gives is not answered with another's.
 */

/**
 * A question asking whom the media or an enquirer should contact about a document: it names media,
 * press or enquiries, a contact person, or the telephone of enquiries. "Who can ask for funding?"
 * and 「搵邊個做主席」 ask something else.
 */
const ASKS_CONTACT =
  /\b(?:media|press) (?:contact|enquir(?:y|ies)|inquir(?:y|ies))\b|\bcontact (?:person|details)\b|\bwho (?:should|can|do|does|could|would) (?:i|we|you|journalists|reporters|the media|media|the press|press) (?:contact|call|email)\b|\bwho (?:is|'s) the (?:media |press )?contact\b|聯絡人|联络人|傳媒查詢|传媒查询|媒體查詢|媒体查询|傳媒聯絡|传媒联络|\b(?:phone|telephone) number\b(?=.*\b(?:enquir|inquir|contact|media|press|journalist))|\bwhat number (?:do|does|should|can|could) (?:journalists|reporters|the media|media|the press|press) (?:call|ring|dial)\b|\bemail address\b(?=.*\b(?:enquir|inquir|contact|media|press))|(?:傳媒|传媒|媒體|媒体|新聞稿|新闻稿).{0,12}(?:查詢電話|查询电话|聯絡電話|联络电话|搵邊個|搵边个|找誰|找谁|聯絡邊個|联络边个|聯絡誰|联络谁)/i;

/** Runs of layout space are one space before the contact line is read (a long run must not cost the reading time). */
const SPACE_RUN = /\s+/g;

/** The contact line: the opening words, then the contact up to the telephone, then the e-mail address if any. */
const CONTACT_LINE =
  /(?:傳媒查詢|传媒查询|媒體查詢|媒体查询|(?:media|press) (?:enquiries|inquiries))[，,:： ]{0,3}(?:請聯絡|请联络|請聯繫|请联系|please contact)?[:： ]{0,2}([^\s:：].{1,79}?) ?(?:電話|电话|Tel(?:ephone)?\.?)[:： ]{0,2}([+\d][\d -]{6,20}\d)(?: ?(?:電郵|电邮|E-?mail)[:： ]{0,2}([\w.+-]+@[\w.-]+\w))?/i;

export interface PressContact {
  /** Who to contact, with the organisation the line names before the name. */
  contact: string;
  telephone: string;
  email?: string;
  /** The line as written, for the quote. */
  line: string;
}

/** The media contact a text gives, or undefined. */
export function pressContactIn(text: string): PressContact | undefined {
  const match = CONTACT_LINE.exec(text.replace(/\*\*/g, '').replace(SPACE_RUN, ' '));
  if (!match) return undefined;
  return { contact: match[1]!.trim().replace(/[，,]$/, ''), telephone: match[2]!.trim(), ...(match[3] ? { email: match[3] } : {}), line: match[0].trim() };
}

/** The body of the terminology a contact's words open with (香港科技園公司 in 「香港科技園公司郭穎詩」), if any. */
function leadingBody(contact: string, index: LoadedIndex) {
  return index.searchText.lexicon.findNames(contact, ['body']).find((found) => found.at === 0);
}

/** The contact's words split into the organisation the line names first (a body of the terminology) and the person after it. */
function personAndBody(contact: string, index: LoadedIndex, language: Language): string {
  const body = leadingBody(contact, index);
  const person = body ? contact.slice(body.written.length).replace(/^[\s，,]+/, '') : '';
  if (!body || !person) return inScript(contact, language);
  const organisation = language === 'en' ? (body.entity.en[0] ?? body.written) : inScript(body.written, language);
  return `${inScript(person, language)} (${organisation})`;
}

/**
 * The answer to "who is the media contact?" from the passages; NOT_GIVEN when the documents the
 * question names give no contact; undefined for any other question.
 */
export function answerPressContact(question: string, index: LoadedIndex, language: Language): { answer: string; citations: Citation[] } | 'NOT_GIVEN' | undefined {
  if (!ASKS_CONTACT.test(question.normalize('NFKC'))) return undefined;
  // Only the documents the question names ("the HKSTP press release"), when it names any.
  const named = new Set(namedDocuments(question, index.documents.values()).flatMap((mention) => mention.documents.map((document) => document.id)));
  const chunks = named.size > 0 ? index.chunks.filter((chunk) => named.has(chunk.docId)) : index.chunks;
  // "Cyberport's media enquiries" are not answered by HKSTP's contact.
  const askedBodies = index.searchText.lexicon.findNames(question, ['body']).map((found) => found.entity);
  const otherBody = (contact: string) => {
    const body = leadingBody(contact, index);
    return askedBodies.length > 0 && body !== undefined && !askedBodies.includes(body.entity);
  };
  let someoneElse = false;
  for (const chunk of chunks) {
    for (const { text } of chunk.texts) {
      const found = pressContactIn(text);
      const document = found && index.documents.get(chunk.docId);
      if (!found || !document) continue;
      if (otherBody(found.contact)) {
        someoneElse = true;
        continue;
      }
      const who = personAndBody(found.contact, index, language);
      return citedLookupAnswer(
        { en: `${who}, telephone ${found.telephone}${found.email ? `, email ${found.email}` : ''}`, zh: `${who}，電話 ${found.telephone}${found.email ? `，電郵 ${found.email}` : ''}` },
        found.line,
        chunk,
        document,
        language,
      );
    }
  }
  return named.size > 0 || someoneElse ? 'NOT_GIVEN' : undefined;
}
