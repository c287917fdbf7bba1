// "Leave quickly": one button on every screen, and Esc pressed twice, take the
// person at once to a neutral site. The page empties itself first and closes
// its live socket, and the neutral site replaces Attune's page in the
// browser's history, so that Back does not lead to the room. On its way out it
// asks the server to sign the person out, here and at Keycloak, so that whoever
// picks up the device next finds Attune signed out.

import { $ } from './dom.js';
import { t } from './i18n.js';
import { closeSocket } from './live.js';

/** Where the exit goes until the server has named the practice's own neutral site. */
export const DEFAULT_NEUTRAL_ADDRESS = 'https://www.bbc.com/weather';

/** How soon the second Esc must follow the first, in milliseconds. */
export const DOUBLE_ESCAPE_WITHIN = 1000;

let neutralAddress = DEFAULT_NEUTRAL_ADDRESS;

export function neutralSite() {
    return neutralAddress;
}

/** Takes the practice's neutral site, if it is an http or https address of its own. */
export function useNeutralSite(address) {
    try {
        const url = new URL(address);
        if (url.protocol === 'https:' || url.protocol === 'http:') {
            neutralAddress = url.href;
        }
    } catch (e) {
        // Not an address: the exit keeps going where it went.
    }
}

/** Asks the server for the practice's neutral site; until it answers, the default stands. */
export async function loadNeutralSite() {
    try {
        const response = await fetch('/quick-exit', { credentials: 'omit', headers: { Accept: 'application/json' } });
        if (response.ok) {
            useNeutralSite((await response.json()).address);
        }
    } catch (e) {
        // The server could not be asked: the default stands.
    }
}

/** Nothing of the conversation stays on the page: words, drafts, names, the room's screens. */
export function emptyPage() {
    for (const id of ['transcript', 'alerts', 'members-list', 'lobby-list', 'coaching', 'crisis-list', 'overlay-crisis-box']) {
        $(id)?.replaceChildren();
    }
    for (const id of ['message', 'overlay-private-text']) {
        if ($(id)) {
            $(id).value = '';
        }
    }
    for (const id of ['transcript', 'composer']) {
        if ($(id)) {
            $(id).hidden = true;
        }
    }
    $('main')?.replaceChildren();
    document.title = t('page.title');
}

/** Where the page asks to be signed out as it leaves; a beacon outlives the page. */
export const SIGN_OUT_BEACON = '/api/me/quick-exit';

/** Leaves for the neutral site at once; `view` is the window (a stand-in in the tests). */
export function leaveQuickly(view = window) {
    emptyPage();
    closeSocket();
    try {
        view.navigator?.sendBeacon?.(SIGN_OUT_BEACON);
    } catch (e) {
        // The exit never waits for, or fails on, signing out.
    }
    try {
        view.sessionStorage?.clear();
    } catch (e) {
        // Storage may be unavailable; nothing of a room is kept there but an invitation code.
    }
    view.location.replace(neutralAddress);
}

/**
 * A listener of key presses that says when Esc was pressed twice within
 * DOUBLE_ESCAPE_WITHIN: a key held down counts once, any other key starts over.
 */
export function doubleEscape() {
    let last = -Infinity;
    return (event, now = Date.now()) => {
        if (event.key !== 'Escape') {
            last = -Infinity;
            return false;
        }
        if (event.repeat) {
            return false;
        }
        const twice = now - last <= DOUBLE_ESCAPE_WITHIN;
        last = twice ? -Infinity : now;
        return twice;
    };
}

/**
 * Tells the page how wide "Leave quickly" is in the page's language ("Partir vite" is
 * narrower), so that the banner stuck at the top leaves it just the room it needs.
 */
function measureExit() {
    const exit = $('quick-exit');
    if (globalThis.ResizeObserver && exit) {
        new ResizeObserver(() => {
            document.documentElement.style.setProperty('--exit-width', `${exit.offsetWidth}px`);
        }).observe(exit);
    }
}

export function initQuickExit() {
    measureExit();
    $('quick-exit').addEventListener('click', () => leaveQuickly());
    const pressedTwice = doubleEscape();
    document.addEventListener('keydown', (event) => {
        if (pressedTwice(event)) {
            event.preventDefault();
            leaveQuickly();
        }
    }, true);
    loadNeutralSite();
}
