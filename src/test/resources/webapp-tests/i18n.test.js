import { BUNDLES, OFFERED, chooseLanguage, inLanguage, language, otherLanguage, t, translate, useLanguage } from '../js/i18n.js';
import { describeEvent } from '../js/events.js';
import { clockTime, roomSummary, talkSummary, waitedFor } from '../js/words.js';
import { assertEqual, test } from './runner.js';

const LANGUAGES = Object.keys(BUNDLES);

/** The {names} a text takes, in every form it has. */
function namesIn(text) {
    const forms = typeof text === 'object' ? Object.values(text) : [text];
    return [...new Set(forms.flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();
}

test('every bundle has every key of every other bundle, and nothing else', () => {
    const all = new Set(LANGUAGES.flatMap((code) => Object.keys(BUNDLES[code])));
    for (const code of LANGUAGES) {
        const missing = [...all].filter((key) => !Object.hasOwn(BUNDLES[code], key));
        assertEqual(missing, [], `keys missing from ${code}.json`);
    }
});

test('a key takes the same {values} in every language, and no text is empty', () => {
    for (const key of Object.keys(BUNDLES.en)) {
        for (const code of LANGUAGES) {
            const text = BUNDLES[code][key];
            const forms = typeof text === 'object' ? Object.values(text) : [text];
            assertEqual(forms.every((form) => typeof form === 'string' && form.trim() !== ''), true, `${code}: ${key}`);
            assertEqual(namesIn(text), namesIn(BUNDLES.en[key]), `${code}: the values of ${key}`);
        }
    }
});

test('a text with plural forms has the form "other" in every language', () => {
    for (const code of LANGUAGES) {
        for (const [key, text] of Object.entries(BUNDLES[code])) {
            if (typeof text === 'object') {
                assertEqual(typeof text.other, 'string', `${code}: ${key}`);
            }
        }
    }
});

/** The words of the page that are not punctuation, a number or the product's name. */
function isWords(text) {
    const trimmed = text.trim();
    return trimmed !== '' && !/^[\d·←–\s]+$/.test(trimmed);
}

test('every word of the start page comes from the bundles: no text without its key, no key without its text', async () => {
    const page = new DOMParser().parseFromString(await (await fetch('/index.html')).text(), 'text/html');
    const bare = [];
    const walker = page.createTreeWalker(page.documentElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (isWords(node.nodeValue) && !node.parentElement.hasAttribute('data-i18n')) {
            bare.push(`<${node.parentElement.localName}> ${node.nodeValue.trim()}`);
        }
    }
    assertEqual(bare, [], 'text of the page without a key');
    const named = [...page.querySelectorAll('[data-i18n]')].map((element) => element.dataset.i18n);
    for (const attribute of ['title', 'placeholder', 'aria-label']) {
        for (const element of page.querySelectorAll(`[${attribute}]`)) {
            bare.push(`${attribute}="${element.getAttribute(attribute)}"`);
        }
        named.push(...[...page.querySelectorAll(`[data-i18n-${attribute}]`)].map((e) => e.getAttribute(`data-i18n-${attribute}`)));
    }
    assertEqual(bare, [], 'attributes of the page with words but no key');
    assertEqual(named.filter((key) => !Object.hasOwn(BUNDLES.en, key)), [], 'keys of the page missing from the bundles');
});

test('every key the modules ask for is in the bundles', async () => {
    const manifest = await (await fetch('manifest.json')).json();
    const missing = [];
    for (const module of manifest.modules) {
        const source = await (await fetch(`/js/${module}`)).text();
        for (const [, key] of source.matchAll(/\b(?:t|tr)\('([^']+)'/g)) {
            if (!Object.hasOwn(BUNDLES.en, key)) {
                missing.push(`${module}: ${key}`);
            }
        }
    }
    assertEqual(missing, []);
});

test('the page follows the browser: fr-CA reads French, a language Attune lacks reads English, a choice wins', () => {
    const both = ['en', 'fr'];
    assertEqual(chooseLanguage(null, ['fr-CA', 'en'], both), 'fr');
    assertEqual(chooseLanguage(null, ['de-DE', 'EN-GB'], both), 'en');
    assertEqual(chooseLanguage(null, ['de', 'it'], both), 'en');
    assertEqual(chooseLanguage('en', ['fr-FR'], both), 'en');
    assertEqual(chooseLanguage('fr', ['en-US'], both), 'fr');
    assertEqual(chooseLanguage('fr', ['fr-CA'], ['en']), 'en', 'a language not offered (were French withdrawn) is not used');
    assertEqual(chooseLanguage(null, ['fr-CA'], ['en']), 'en', 'nor is the browser\'s, when it is not offered');
    assertEqual(chooseLanguage(null, undefined, both), 'en');
});

test('Attune offers English and French: a French browser reads French, an English one English, a choice wins', () => {
    assertEqual([...OFFERED], ['en', 'fr']);
    assertEqual(chooseLanguage(null, ['fr-CA', 'fr']), 'fr');
    assertEqual(chooseLanguage(null, ['fr-FR']), 'fr');
    assertEqual(chooseLanguage(null, ['en-US', 'en']), 'en');
    assertEqual(chooseLanguage(null, ['de-DE', 'fr']), 'fr', 'the first language Attune offers');
    assertEqual(chooseLanguage('en', ['fr-CA']), 'en', 'the choice made on the device');
    assertEqual(chooseLanguage('fr', ['en-US']), 'fr', 'the choice made on the device');
    assertEqual(chooseLanguage('de', ['en-US']), 'en', 'a stored language Attune does not offer is passed over');
});

test('a text takes its values, and plurals follow the language: French says 0 and 1 alike', () => {
    const before = language();
    try {
        BUNDLES.en['test.minutes'] = { one: '{count} minute', other: '{count} minutes' };
        BUNDLES.fr['test.minutes'] = { one: '{count} minute', other: '{count} minutes' };
        useLanguage('en');
        assertEqual([0, 1, 2].map((count) => t('test.minutes', { count })), ['0 minutes', '1 minute', '2 minutes']);
        useLanguage('fr');
        assertEqual([0, 1, 2].map((count) => t('test.minutes', { count })), ['0 minute', '1 minute', '2 minutes']);
        assertEqual(t('room-name.label'), 'Nom');
    } finally {
        delete BUNDLES.en['test.minutes'];
        delete BUNDLES.fr['test.minutes'];
        useLanguage(before);
    }
});

test('translate puts each key\'s text and attributes into the elements under a root, in the language in use', () => {
    const before = language();
    const root = document.createElement('div');
    root.innerHTML = '<button data-i18n="send"></button><input data-i18n-placeholder="cycle-surface.placeholder">';
    try {
        useLanguage('fr');
        translate(root);
        assertEqual(root.querySelector('button').textContent, 'Envoyer');
        assertEqual(root.querySelector('input').placeholder, 'colère, se taire…');
        assertEqual(document.documentElement.lang, 'fr');
        useLanguage('en');
        translate(root);
        assertEqual(root.querySelector('button').textContent, 'Send');
    } finally {
        useLanguage(before);
    }
});

test('the page\'s sentences read in French, with French plurals and spacing', () => {
    const before = language();
    try {
        useLanguage('fr');
        assertEqual(talkSummary({ turns: 1, messages: 0, words: 2 }), '1 tour, 0 message, 2 mots');
        assertEqual(roomSummary({ kind: 'family', mode: 'guided', yourRole: 'participant' }), 'famille, guidée, vous y participez');
        assertEqual(waitedFor(new Date(Date.now() - 65 * 60000).toISOString()), '1 h 5 min');
        assertEqual(t('safe-to-talk.question'), 'Est-ce un bon moment pour parler librement\u00a0?');
        const tagged = { kind: 'cycle_step_tagged', actor: 'maya', actorName: 'Maya', target: 'alex', targetName: 'Alex', cycleStep: 'softer' };
        assertEqual(describeEvent({ you: { id: 'maya', role: 'therapist' }, members: new Map() }, { at: '2026-12-04T10:00:00Z', ...tagged }).text,
            'Maya a marqué le message d’Alex comme une étape de son cycle\u00a0: émotion plus vulnérable.');
        assertEqual(t('conversation.turn-of', { name: 'Alex' }), 'Au tour d’Alex');
        assertEqual(t('conversation.turn-of', { name: 'Sam' }), 'Au tour de Sam');
        assertEqual(/ /.test(clockTime('2026-12-04T10:00:00Z')), false, 'a time ("07 h 43") is never cut at the end of a line');
    } finally {
        useLanguage(before);
    }
});

test('a document the server writes is asked for in the page\'s language, not only the browser\'s', () => {
    const before = language();
    try {
        useLanguage('fr');
        assertEqual(inLanguage('/api/rooms/r1/transcript?format=html'), '/api/rooms/r1/transcript?format=html&lang=fr');
        assertEqual(inLanguage('/api/rooms/r1/sessions/2/chart'), '/api/rooms/r1/sessions/2/chart?lang=fr');
        useLanguage('en');
        assertEqual(inLanguage('/api/me/export?format=html'), '/api/me/export?format=html&lang=en');
    } finally {
        useLanguage(before);
    }
});

test('the switch offers the other language, named in its own words', () => {
    const before = language();
    try {
        useLanguage('en');
        assertEqual(otherLanguage(), 'fr');
        assertEqual(BUNDLES.fr['language.name'], 'Français');
        useLanguage('fr');
        assertEqual(otherLanguage(), 'en');
        assertEqual(BUNDLES.en['language.name'], 'English');
    } finally {
        useLanguage(before);
    }
});
