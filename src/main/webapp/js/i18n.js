// Every word the page shows comes from a bundle, one per language, under /i18n/.
// A key names a piece of text. In the text, {name} takes a value given with it;
// a text that is an object ({ "one": …, "other": … }) is chosen by the plural
// rules of the language for the value {count}.
//
// The page's own elements name their key in data-i18n (their text), or in
// data-i18n-title, data-i18n-placeholder or data-i18n-aria-label (an attribute).

/** A bundle, read once as the page starts (a fetch, not a JSON import: phones on older Safari lack those). */
async function bundle(code) {
    const response = await fetch(new URL(`../i18n/${code}.json`, import.meta.url));
    return response.json();
}

const [en, fr] = await Promise.all([bundle('en'), bundle('fr')]);

export const BUNDLES = Object.freeze({ en, fr });

/**
 * The languages a person can choose. A language is offered once every word of the
 * page and of the browser modules has its translation, the server's refusals and
 * crisis lines too, and once the safety screen reads it. What the server still
 * writes in English only is listed in the README (Languages).
 */
export const OFFERED = Object.freeze(['en', 'fr']);

const CHOSEN = 'attune.language';
const ATTRIBUTES = ['title', 'placeholder', 'aria-label'];

let current = 'en';

export function language() {
    return current;
}

/**
 * The locale for dates and times: the browser's own when it is of the page's
 * language ("fr-CA" keeps Canadian dates), else the language alone.
 */
export function locale() {
    return (navigator.languages || []).find((tag) => String(tag).toLowerCase().split('-')[0] === current) || current;
}

/**
 * The address of a document the server writes for the person (a transcript, their
 * export, a session's picture), asked for in the page's language: a link opened in a
 * tab or an image sends no header the page could set, so the language goes in `lang`.
 */
export function inLanguage(path) {
    return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(current)}`;
}

/** Whether the bundles have a text for `key`. */
export function has(key) {
    return Object.hasOwn(en, key);
}

/**
 * The page's language: the one the person chose, else the first of the browser's
 * languages that Attune offers ("fr-CA" is French), else English.
 */
export function chooseLanguage(chosen, browserLanguages, offered = OFFERED) {
    if (offered.includes(chosen)) {
        return chosen;
    }
    for (const tag of browserLanguages || []) {
        const base = String(tag).toLowerCase().split('-')[0];
        if (offered.includes(base)) {
            return base;
        }
    }
    return 'en';
}

function plural(forms, count) {
    return forms[new Intl.PluralRules(current).select(Number(count))] ?? forms.other;
}

/** The text of a key in the page's language, its {names} filled from `values`. */
export function t(key, values = {}) {
    let text = BUNDLES[current][key] ?? en[key];
    if (text === undefined) {
        console.error(`No text for "${key}"`);
        return key;
    }
    if (typeof text === 'object') {
        text = plural(text, values.count);
    }
    return fill(text, values);
}

/** Before a value that starts with a vowel, French elides: "le tour d’Alex", "qu’Emma", never "de Alex". */
const ELISION = /\b(d|qu|jusqu)e $/i;
const VOWEL = /^[aeiouyàâäéèêëîïôöùûü]/i;

function fill(text, values) {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(/\{(\w+)\}/g)) {
        const value = match[1] in values ? String(values[match[1]]) : match[0];
        let before = text.slice(last, match.index);
        if (current === 'fr' && VOWEL.test(value)) {
            before = before.replace(ELISION, '$1’');
        }
        out += before + value;
        last = match.index + match[0].length;
    }
    return out + text.slice(last);
}

/** Puts the texts of the page's language into every element under `root` that names a key. */
export function translate(root) {
    for (const element of root.querySelectorAll('[data-i18n]')) {
        element.textContent = t(element.dataset.i18n);
    }
    for (const attribute of ATTRIBUTES) {
        for (const element of root.querySelectorAll(`[data-i18n-${attribute}]`)) {
            element.setAttribute(attribute, t(element.getAttribute(`data-i18n-${attribute}`)));
        }
    }
}

/** Uses `code` for every word from now on, and says so to the page's elements. */
export function useLanguage(code) {
    current = Object.hasOwn(BUNDLES, code) ? code : 'en';
    document.documentElement.lang = current;
    translate(document);
}

/** The language a person chose before on this device, if any. */
function chosenBefore() {
    try {
        return localStorage.getItem(CHOSEN);
    } catch (unavailable) {
        return null;
    }
}

/** The language the switch offers: the next one Attune offers after the page's. */
export function otherLanguage(offered = OFFERED) {
    return offered[(offered.indexOf(current) + 1) % offered.length];
}

/**
 * Keeps a person's choice on this device and opens the page again in it: every
 * word, the server's included, is then said afresh in the language chosen.
 */
function switchTo(code) {
    try {
        localStorage.setItem(CHOSEN, code);
    } catch (unavailable) {
        // Without storage the choice lasts for this page only.
    }
    useLanguage(code);
    location.reload();
}

/** Starts the page in the person's language, with a switch to the other one where Attune offers two. */
export function startLanguage() {
    useLanguage(chooseLanguage(chosenBefore(), navigator.languages));
    const button = document.getElementById('language');
    if (OFFERED.length > 1) {
        const other = otherLanguage();
        button.lang = other;
        button.textContent = BUNDLES[other]['language.name'];
        button.hidden = false;
        button.addEventListener('click', () => switchTo(other));
    }
}
