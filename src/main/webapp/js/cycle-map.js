// The couple's (or family's) cycle map, from Emotionally Focused Therapy: each
// person's move, the emotion on the surface, the softer one underneath, and the
// need. Everyone in the room reads it in "Our cycle"; therapists edit each
// person's part in their console. When heat rises, the writer alone is asked,
// gently, about the softer emotion, in the words of their own part.

import { $ } from './dom.js';
import { has, t } from './i18n.js';
import { send } from './live.js';
import { cyclePrompt } from './server-words.js';
import { state } from './state.js';

/** The codes of each part of the cycle, in order; their words are `cycle.<group>.<code>` in the bundles. */
export const MOVES = ['pursue', 'criticise', 'protest', 'withdraw', 'defend', 'shut_down'];
export const SOFTER = ['hurt', 'fear', 'loneliness', 'shame', 'sadness', 'rejection'];
export const NEEDS = ['to_matter', 'to_be_close', 'to_be_safe', 'to_be_accepted', 'to_be_comforted'];

/** The steps of the cycle a therapist may mark a message as. */
export const STEPS = ['move', 'surface', 'softer', 'need'];

/** A code's words ("shut_down" reads "shut down"), the code itself if the page lacks it. */
function named(group, code) {
    return has(`cycle.${group}.${code}`) ? t(`cycle.${group}.${code}`) : code;
}

/** The words of the cards, in the page's language: about the cycle, never against a person. */
export const CYCLE_WORDS = {
    get title() { return t('cycle-map.summary'); },
    get intro() { return t('cycle-map.hint'); },
    get empty() { return t('cycle-map-empty'); },
    get promptTitle() { return t('cycle.prompt-title'); },
    get promptNote() { return t('cycle.prompt-note'); },
    get promptDone() { return t('cycle.prompt-done'); },
};

/** How many recent messages the therapist may mark from the console. */
const RECENT = 12;

let cycle = { version: 0, entries: new Map() };
let recent = [];

/** The map a welcome frame carries: its version and each person's part, by member id. */
export function cycleOf(welcome) {
    const entries = new Map();
    for (const entry of (welcome && welcome.entries) || []) {
        entries.set(entry.member, entry);
    }
    return { version: (welcome && welcome.version) || 0, entries };
}

/** The map after an event: a `cycle_map_updated` sets one person's part; anything else changes nothing. */
export function foldCycle(map, event) {
    if (event.kind !== 'cycle_map_updated' || !event.cycle) {
        return map;
    }
    const entries = new Map(map.entries);
    entries.set(event.target, { ...event.cycle, member: event.target, version: event.version });
    return { version: Math.max(map.version, event.version), entries };
}

/** One person's part in plain words, line by line. */
export function partLines(part) {
    const lines = [
        [t('cycle.when-it-starts'), named('move', part.move)],
        [t('cycle.on-the-surface'), part.surface],
        [t('cycle-form.underneath'), part.softer.map((s) => named('softer', s)).join(', ')],
        [t('cycle-need.label'), named('need', part.need)],
    ];
    if (part.words) {
        lines.push([t('cycle.in-their-words'), t('event.quoted', { words: part.words })]);
    }
    return lines;
}

/** Whether this event is a prompt toward the softer emotion for the person looking. */
export function promptIsForMe(view, event) {
    return event.kind === 'cycle_prompt' && !!view.you && view.you.role === 'participant' && event.target === view.you.id;
}

/** The command that saves one person's part, from the editor's values. */
export function setCycleCommand(member, values) {
    const command = {
        type: 'set_cycle', member, move: values.move, surface: values.surface.trim(), softer: values.softer, need: values.need,
    };
    if (values.words && values.words.trim()) {
        command.words = values.words.trim();
    }
    return command;
}

/** The messages a therapist may mark, newest first: participants' words, at most a few. */
export function markable(list, event, view) {
    const member = view.members.get(event.actor);
    if (!['message', 'paraphrase', 'clarifying_question'].includes(event.kind) || !member || member.role !== 'participant') {
        return list;
    }
    return [{ seq: event.seq, member: event.actor, name: member.name, text: event.text }, ...list].slice(0, RECENT);
}

/** The command that marks a message as a step of its writer's cycle. */
export function tagCommand(moment, step) {
    return { type: 'tag_cycle_step', seq: moment.seq, member: moment.member, step };
}

/** A welcome: the map as the room has it now. */
export function showCycleWelcome(frame) {
    cycle = cycleOf(frame.cycle);
    recent = [];
    renderCycle();
}

/**
 * A prompt toward the softer emotion, worded from the person's own part of the map in the page's
 * language, for them and for the therapist alike; the server's English when the part is gone.
 */
export function inOwnWords(event, map = cycle) {
    const part = event.kind === 'cycle_prompt' ? map.entries.get(event.target) : undefined;
    if (part) {
        event.text = cyclePrompt(part);
    }
    return event;
}

/** An event: a new version of the map, or a prompt meant for me. */
export function followCycle(event) {
    inOwnWords(event);
    if (event.kind === 'cycle_map_updated') {
        cycle = foldCycle(cycle, event);
        renderCycle();
    } else if (promptIsForMe(state, event)) {
        showPrompt(event);
    } else if (event.kind.startsWith('member_')) {
        renderCycle();
    } else if (state.you && state.you.role === 'therapist') {
        recent = markable(recent, event, state);
        renderMoments();
    }
}

function nameOf(id) {
    const member = state.members.get(id);
    return member ? member.name : t('who.someone');
}

function participants() {
    return [...state.members.values()].filter((m) => m.role === 'participant' && m.status !== 'removed');
}

function renderCycle() {
    const therapist = !!state.you && state.you.role === 'therapist';
    const card = $('cycle-map');
    const body = $('cycle-map-parts');
    body.replaceChildren();
    for (const [member, part] of cycle.entries) {
        body.append(partCard(nameOf(member), part));
    }
    $('cycle-map-empty').hidden = cycle.entries.size > 0;
    card.hidden = !therapist && cycle.entries.size === 0;
    $('cycle-box').hidden = !therapist;
    if (therapist) {
        renderEditorChoice();
        renderMoments();
    }
}

/** The recent messages the therapist may mark, in the console's choice. */
function renderMoments() {
    const select = $('cycle-tag-message');
    select.replaceChildren();
    for (const moment of recent) {
        const option = document.createElement('option');
        option.value = String(moment.seq);
        const words = moment.text.length > 48 ? `${moment.text.slice(0, 47)}…` : moment.text;
        option.textContent = t('cycle.moment', { name: moment.name, words });
        select.append(option);
    }
    $('cycle-tag').disabled = recent.length === 0;
}

function partCard(name, part) {
    const box = document.createElement('div');
    box.className = 'cycle-part';
    const heading = document.createElement('h4');
    heading.textContent = name;
    const list = document.createElement('dl');
    for (const [label, value] of partLines(part)) {
        const term = document.createElement('dt');
        term.textContent = label;
        const detail = document.createElement('dd');
        detail.textContent = value;
        list.append(term, detail);
    }
    box.append(heading, list);
    return box;
}

function showPrompt(event) {
    const card = $('cycle-prompt');
    const title = document.createElement('h3');
    title.textContent = CYCLE_WORDS.promptTitle;
    const body = document.createElement('p');
    body.id = 'cycle-prompt-text';
    body.textContent = event.text;
    const note = document.createElement('p');
    note.className = 'status';
    note.textContent = CYCLE_WORDS.promptNote;
    const done = document.createElement('button');
    done.type = 'button';
    done.className = 'quiet';
    done.textContent = CYCLE_WORDS.promptDone;
    done.addEventListener('click', () => { card.hidden = true; });
    card.replaceChildren(title, body, note, done);
    card.hidden = false;
}

/** The therapist's choice of whose part to edit: the participants, as they come. */
function renderEditorChoice() {
    const select = $('cycle-member');
    const chosen = select.value;
    select.replaceChildren();
    for (const member of participants()) {
        const option = document.createElement('option');
        option.value = member.id;
        option.textContent = member.name;
        select.append(option);
    }
    if ([...select.options].some((o) => o.value === chosen)) {
        select.value = chosen;
    }
    fillEditor();
}

/** Fills the editor with the chosen person's part, or leaves it blank for a first one. */
function fillEditor() {
    const part = cycle.entries.get($('cycle-member').value);
    $('cycle-move').value = part ? part.move : 'pursue';
    $('cycle-surface').value = part ? part.surface : '';
    $('cycle-need').value = part ? part.need : 'to_matter';
    $('cycle-words').value = part && part.words ? part.words : '';
    for (const box of $('cycle-softer').querySelectorAll('input')) {
        box.checked = !!part && part.softer.includes(box.value);
    }
    $('cycle-status').textContent = cycle.version ? t('cycle.version', { version: cycle.version }) : '';
}

function options(select, group, codes) {
    for (const code of codes) {
        const option = document.createElement('option');
        option.value = code;
        option.textContent = named(group, code);
        select.append(option);
    }
}

/** Sets the editor up once: its choices, and saving a part with `set_cycle`. */
export function initCycleMap() {
    options($('cycle-move'), 'move', MOVES);
    options($('cycle-need'), 'need', NEEDS);
    for (const code of SOFTER) {
        const choice = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = code;
        choice.append(box, ` ${named('softer', code)}`);
        $('cycle-softer').append(choice);
    }
    options($('cycle-tag-step'), 'step', STEPS);
    $('cycle-tag').addEventListener('click', () => {
        const moment = recent.find((m) => String(m.seq) === $('cycle-tag-message').value);
        if (moment) {
            send(tagCommand(moment, $('cycle-tag-step').value));
            const step = named('step', $('cycle-tag-step').value);
            $('cycle-status').textContent = t('cycle.marked', { name: moment.name, step });
        }
    });
    $('cycle-member').addEventListener('change', fillEditor);
    $('cycle-form').addEventListener('submit', (e) => {
        e.preventDefault();
        const softer = [...$('cycle-softer').querySelectorAll('input:checked')].map((box) => box.value);
        if (!$('cycle-member').value || !$('cycle-surface').value.trim() || softer.length === 0) {
            $('cycle-status').textContent = t('cycle.incomplete');
            return;
        }
        send(setCycleCommand($('cycle-member').value, {
            move: $('cycle-move').value, surface: $('cycle-surface').value, softer, need: $('cycle-need').value,
            words: $('cycle-words').value,
        }));
        $('cycle-status').textContent = t('cycle.saving');
    });
}
