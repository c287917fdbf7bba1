// What the server says in its own words, read in the page's language. The
// server sends each of them with its code: a step (its sentence stem and its
// prompt), a protocol's reminder, a feeling, an exercise, a signal's advice, a
// repair phrase, the coach's hint, the line that names the cycle in the room,
// a crisis line (by its id) and its region's emergency number. The bundles
// hold each code's words (the English ones are the server's own), so the page
// puts the person's language in their place as a frame arrives, before
// anything shows it.
// People's own words are never touched: only these shapes, by their codes.

import { has, t } from './i18n.js';

/** The text of `key` if the bundles have it, else what the server said. */
function said(key, serverText) {
    return has(key) ? t(key) : serverText;
}

function step(part) {
    part.stem = said(`step.${part.step}.stem`, part.stem);
    if (typeof part.prompt === 'string') {
        const again = part.again && has(`step.${part.step}.again`);
        part.prompt = again ? t(`step.${part.step}.again`) : said(`step.${part.step}.prompt`, part.prompt);
    }
}

function exercise(part) {
    const prefix = `exercise.${part.id}`;
    part.title = said(`${prefix}.title`, part.title);
    if (typeof part.description === 'string') {
        part.description = said(`${prefix}.description`, part.description);
    }
    part.steps.forEach((one, i) => {
        one.text = said(`${prefix}.step.${i}`, one.text);
    });
}

/** The coach's hint, chosen as the server chooses it: heavy words first, then signals, else calm. */
function coaching(part) {
    const iStatement = t('coaching.i-statement');
    let hint = 'coaching.hint.calm';
    if (part.concerns.length) {
        hint = 'coaching.hint.heavy';
    } else if (part.signals.length) {
        hint = 'coaching.hint.start';
    }
    part.hint = t(hint, { iStatement });
    part.iStatement = iStatement;
}

/** A region's crisis lines: the region's name and emergency number, and each line by its id. */
function crisisLines(part) {
    part.name = said(`crisis.region.${part.region}`, part.name);
    part.emergency = said(`crisis.emergency-number.${part.region}`, part.emergency);
    part.resources.forEach((line) => {
        if (typeof line.id !== 'string') {
            return;
        }
        for (const field of ['name', 'contact', 'when']) {
            if (line[field]) {
                line[field] = said(`crisis.${line.id}.${field}`, line[field]);
            }
        }
    });
}

/** Puts the page's language into one object of a frame, by its shape. */
function localize(part) {
    if (typeof part.region === 'string' && typeof part.emergency === 'string' && Array.isArray(part.resources)) {
        crisisLines(part);
    }
    if (typeof part.step === 'string' && typeof part.stem === 'string') {
        step(part);
    }
    if (typeof part.feeling === 'string' && typeof part.label === 'string') {
        part.label = said(`feeling.${part.feeling}`, part.label);
    }
    if (typeof part.id === 'string' && typeof part.title === 'string' && Array.isArray(part.steps)) {
        exercise(part);
    }
    if (typeof part.protocol === 'string' && typeof part.reminder === 'string') {
        part.reminder = said(`reminder.${part.protocol}`, part.reminder);
    }
    if (part.kind === 'cycle_named' && typeof part.text === 'string') {
        part.text = said('cycle.room-line', part.text);
    }
    if (typeof part.signal === 'string' && typeof part.advice === 'string') {
        part.advice = said(`advice.${part.signal}`, part.advice);
    }
    if (typeof part.hint === 'string' && typeof part.iStatement === 'string' && Array.isArray(part.signals)
        && Array.isArray(part.concerns)) {
        coaching(part);
    }
    // A repair phrase: the welcome's list ({key, text}) and an offer's event ({phrase, text}).
    const phrase = typeof part.phrase === 'string' ? part.phrase : part.key;
    if (typeof phrase === 'string' && typeof part.text === 'string') {
        part.text = said(`repair-phrase.${phrase}`, part.text);
    }
}

/** "hurt, fear or loneliness": the softer emotions of a part of the cycle, as the server lists them. */
function either(codes) {
    const words = codes.map((code) => said(`cycle.softer.${code}`, code));
    return words.length > 1 ? `${words.slice(0, -1).join(', ')}${t('cycle.or')}${words.at(-1)}` : words.join('');
}

/**
 * The private prompt toward the softer emotion, from a person's part of the cycle map (`move`,
 * `surface`, `softer`, `need`, `words`), as the server words it, in the page's language.
 */
export function cyclePrompt(part) {
    const prompt = t('cycle.prompt', { surface: part.surface, softer: either(part.softer), need: said(`cycle.need.${part.need}`, part.need) });
    return part.words ? `${prompt} ${t('cycle.prompt.words', { words: part.words })}` : prompt;
}

/** A frame or a document from the server with its words in the page's language; the same object, changed in place. */
export function inPageLanguage(value) {
    if (Array.isArray(value)) {
        value.forEach(inPageLanguage);
    } else if (value && typeof value === 'object') {
        localize(value);
        Object.values(value).forEach(inPageLanguage);
    }
    return value;
}
