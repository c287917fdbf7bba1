import { language, useLanguage } from '../js/i18n.js';
import { cyclePrompt, inPageLanguage } from '../js/server-words.js';
import { assertEqual, test } from './runner.js';

/** Runs `fn` with the page in `code`, then puts the page's language back. */
function inLanguage(code, fn) {
    const before = language();
    try {
        useLanguage(code);
        fn();
    } finally {
        useLanguage(before);
    }
}

const frames = () => ({
    type: 'welcome',
    turn: { protocol: 'imago', step: 'mirror', stem: 'If I got it, you said… Did I get it?', prompt: 'Mirror back…', again: true },
    events: [
        { kind: 'message', text: 'I felt alone on Sunday.', step: 'mirror' },
        { kind: 'feelings_chosen', text: 'My own words.', feelings: [{ feeling: 'hurt', label: 'hurt' }] },
        { kind: 'repair_offered', phrase: 'sorry', text: 'I\'m sorry.' },
        { kind: 'paused', exercise: { id: 'box_breathing', title: 'Box breathing', description: 'Breathe…', steps: [{ action: 'in', seconds: 4, text: 'Breathe in through your nose' }] } },
    ],
    repairs: { phrases: [{ key: 'calm_down', text: 'I need to calm down.' }], open: [] },
});

test('a frame\'s steps, feelings, exercises and repair phrases read in French, by their codes', () => {
    inLanguage('fr', () => {
        const frame = inPageLanguage(frames());
        assertEqual(frame.turn.stem, 'Si j’ai bien compris, tu as dit… Est-ce que j’ai bien compris\u00a0?');
        assertEqual(frame.turn.prompt.startsWith('Pas tout à fait encore'), true, 'asked again, the kind prompt to try again');
        assertEqual(frame.events[1].feelings[0].label, 'de la peine');
        assertEqual(frame.events[2].text, 'Je te demande pardon.');
        assertEqual(frame.events[3].exercise.title, 'Respiration carrée');
        assertEqual(frame.events[3].exercise.steps[0].text, 'Inspirez par le nez');
        assertEqual(frame.repairs.phrases[0].text, 'J’ai besoin de me calmer.');
    });
});

test('people\'s own words are never touched, in any language', () => {
    inLanguage('fr', () => {
        const frame = inPageLanguage(frames());
        assertEqual(frame.events[0].text, 'I felt alone on Sunday.');
        assertEqual(frame.events[1].text, 'My own words.');
    });
});

test('in English a frame reads exactly as the server wrote it', () => {
    inLanguage('en', () => {
        const english = frames();
        english.turn.prompt = 'Not quite yet, and that is fine. Mirror again what you heard, then ask "Did I get it?"';
        english.events[3].exercise.description = 'Breathe in for 4, hold for 4, out for 4, hold for 4. Slow and even, like tracing the sides of a box.';
        assertEqual(inPageLanguage(structuredClone(english)), english);
    });
});

test('the coach\'s hint follows its findings as the server\'s does, in the page\'s language', () => {
    inLanguage('fr', () => {
        const coaching = (signals, concerns) => inPageLanguage({ type: 'coaching', hint: 'x', iStatement: 'y', signals, concerns }).hint;
        assertEqual(coaching([], []).startsWith('Cela se lit calmement.'), true);
        assertEqual(coaching([{ signal: 'criticism', words: 'always', advice: 'Describe…' }], []).startsWith('Essayez de commencer'), true);
        assertEqual(coaching([], [{ concern: 'self_harm', words: 'end it' }]).startsWith('Ce que vous portez semble lourd.'), true);
    });
});

test('the protocol\'s reminder and the line naming the cycle read in French', () => {
    inLanguage('fr', () => {
        const turn = inPageLanguage({ protocol: 'speaker_listener', phase: 'speaking', reminder: 'The floor is for understanding…' });
        assertEqual(turn.reminder.startsWith('La parole sert à se comprendre'), true);
        assertEqual(inPageLanguage({ kind: 'cycle_named', text: 'Your cycle may be showing up.' }).text.startsWith('Votre cycle'), true);
        assertEqual(inPageLanguage({ kind: 'message', text: 'Your cycle may be showing up.' }).text, 'Your cycle may be showing up.');
    });
});

test('a code the page does not know keeps the server\'s words', () => {
    inLanguage('fr', () => {
        assertEqual(inPageLanguage({ step: 'new_step', stem: 'A new stem…', prompt: 'A new prompt.' }).stem, 'A new stem…');
        assertEqual(inPageLanguage({ feeling: 'new_feeling', label: 'new' }).label, 'new');
    });
});

test('the private prompt of the cycle reads as the server words it, and in French', () => {
    const part = { move: 'pursue', surface: 'anger', softer: ['hurt', 'fear', 'loneliness'], need: 'to_matter', words: 'I want to count.' };
    inLanguage('en', () => {
        // CycleInTheRoomTest holds the server's own wording of the same part.
        assertEqual(cyclePrompt(part), 'Under the anger, is there hurt, fear or loneliness? You named a need to matter. In your words: “I want to count.”');
        assertEqual(cyclePrompt({ ...part, softer: ['hurt'], words: undefined }), 'Under the anger, is there hurt? You named a need to matter.');
    });
    inLanguage('fr', () => {
        assertEqual(cyclePrompt({ ...part, surface: 'colère', words: undefined }),
            'Sous «\u00a0colère\u00a0», qu’y a-t-il\u00a0: la blessure, la peur ou la solitude\u00a0? Vous avez nommé un besoin\u00a0: compter pour l’autre.');
    });
});

const canada = () => ({
    region: 'CA', name: 'Canada', emergency: '911',
    resources: [
        { id: 'ca-988', name: '9-8-8 Suicide Crisis Helpline', contact: 'Call or text 988', when: 'any time, free', needs: ['crisis'], source: 'https://988.ca/' },
        { id: 'ca-kids-help-phone', name: 'Kids Help Phone', contact: 'Call 1-800-668-6868, or text CONNECT to 686868', when: 'any time, free', needs: ['youth'], source: 'https://kidshelpphone.ca/' },
        { name: 'A line the page does not know', contact: 'Call 123', when: 'any time', needs: ['crisis'], source: 'https://example.org/' },
    ],
});

test('crisis lines read in French by their ids, and keep the server\'s words in English', () => {
    inLanguage('fr', () => {
        const frame = inPageLanguage({ kind: 'safety_alert', resources: canada() });
        const [line988, kids, unknown] = frame.resources.resources;
        assertEqual(line988.name, '9-8-8\u00a0: Ligne d’aide en cas de crise de suicide');
        assertEqual(line988.contact, 'Appelez ou textez le 988');
        assertEqual(kids.name, 'Jeunesse, J’écoute');
        assertEqual(kids.when, 'en tout temps, sans frais');
        assertEqual(unknown.contact, 'Call 123', 'a line without an id keeps the server\'s words');
        const anywhere = inPageLanguage({ region: 'INTL', name: 'Anywhere', emergency: 'your local emergency number', resources: [] });
        assertEqual(anywhere.emergency, 'numéro d’urgence de votre pays');
    });
    inLanguage('en', () => {
        assertEqual(inPageLanguage(canada()), canada());
    });
});
