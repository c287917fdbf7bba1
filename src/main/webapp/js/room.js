// One room's screen: entering it, and showing each frame the live socket brings.

import { $, show } from './dom.js';
import { renderCoaching } from './coaching.js';
import { renderComposer, settleCalmLine, showRefusal } from './composer.js';
import { renderCrisis, showSafetyNote } from './crisis.js';
import { followCycle, initCycleMap, showCycleWelcome } from './cycle-map.js';
import { t } from './i18n.js';
import { closeSocket, connect, isOpen, send, transmit } from './live.js';
import { renderPause } from './pause.js';
import { followPractice, initPractice, showPracticeWelcome } from './practice.js';
import { followRepair, initRepair, settleRepair, showRepairWelcome } from './repair.js';
import {
    applyEvent, applyPresence, applyTurn, applyWelcome, enterRoom, forgetDraft, replayEnded, resumeCommand, state,
    whileReplaying,
} from './state.js';
import { initScreenCard, renderScreenCard, screenReceived } from './screen-card.js';
import { followSessions, initSessions } from './session-summaries.js';
import { forgetScreenConsole, initScreenConsole, renderScreenConsole, sessionBlocked } from './screening-console.js';
import { renderMembers, showAlert, showConsole } from './therapist-console.js';
import { appendEvent, followNewest, noteVisibility, sharedHeld } from './transcript.js';
import { forgetChecks, followCheck, settleCheckAnswer } from './safe-to-talk.js';
import { showTimeOutSuggestion } from './time-out-suggestion.js';
import { renderTurn } from './turn-panel.js';
import { forgetWriting, isSignRefusal, showWriting, writerActed } from './writing.js';

/**
 * Shows a room and connects to it. The room already on the page keeps what it
 * shows and resumes after the last event shown; `afresh` starts it over, as
 * for someone just let in from the lobby, who may now see more of it.
 */
export function openRoom(roomId, afresh = false) {
    closeSocket();
    forgetWriting();
    if (roomId === state.currentRoom && !afresh) {
        show('room');
        connect(onFrame);
        return;
    }
    enterRoom(roomId);
    // Nothing of another room stays on the page: its alerts, invitation, coaching, draft.
    for (const id of ['transcript', 'alerts', 'members-list', 'lobby-list', 'checkin-list', 'coaching', 'crisis-list']) {
        $(id).replaceChildren();
    }
    $('no-alerts').hidden = false;
    $('invite-code').textContent = '';
    delete $('invite-code').dataset.link;
    $('invite-copy').hidden = true;
    $('coaching').hidden = true;
    $('crisis').hidden = true;
    $('crisis-note').textContent = '';
    $('overlay-crisis-box').replaceChildren();
    $('overlay-crisis-box').hidden = true;
    $('overlay-private').hidden = true;
    $('overlay-private-text').value = '';
    $('overlay-private-status').textContent = '';
    $('pause-form').hidden = true;
    $('check-to').replaceChildren();
    forgetChecks();
    $('screen-form').hidden = true;
    $('screen-questions').replaceChildren();
    forgetScreenConsole();
    $('message').value = '';
    $('room-status').textContent = '';
    show('room');
    connect(onFrame);
}

function onFrame(frame) {
    switch (frame.type) {
        case 'welcome':
            forgetWriting();
            applyWelcome(frame);
            showWelcome(frame);
            break;
        case 'coaching':
            renderCoaching(frame);
            break;
        case 'presence':
            applyPresence(frame);
            renderMembers();
            break;
        case 'turn':
            applyTurn(frame);
            renderTurn();
            break;
        case 'writing':
            showWriting(frame);
            break;
        case 'event':
            if (!whileReplaying(frame)) {
                onEvent(frame);
            }
            break;
        case 'error':
            if (isSignRefusal(frame)) {
                // A sign of writing the room's rules did not pass on: the composer already says why.
                break;
            }
            if (replayEnded(frame.id)) {
                // The replay was refused (busy, or too many commands): it is asked for again a little
                // later, and live events wait for it meanwhile.
                const again = resumeCommand();
                setTimeout(() => { if (isOpen()) transmit(again); }, 2000);
            }
            if (!settleRepair(frame)) {
                showRefusal(frame);
            }
            settleCalmLine(frame);
            settleCheckAnswer(frame);
            break;
        case 'ack':
            followHeld(replayEnded(frame.id));
            $('room-status').textContent = '';
            forgetDraft(frame.id);
            settleRepair(frame);
            settleCalmLine(frame);
            settleCheckAnswer(frame);
            break;
        default:
            break;
    }
}

/** The events that came during a replay, in order; stops when one of them opened the room afresh. */
function followHeld(events) {
    if (!events) {
        return false;
    }
    const socket = state.socket;
    for (const event of events) {
        if (state.socket !== socket) {
            break;
        }
        onEvent(event);
    }
    return true;
}

function showWelcome(frame) {
    const you = frame.you;
    $('room-name-heading').textContent = frame.room.name;
    $('connection').textContent = you.status === 'waiting' ? t('room.in-waiting-room') : t('room.connected');
    $('console').hidden = you.role !== 'therapist';
    $('send-as-box').hidden = you.role !== 'therapist';
    // Everyone has the composer: observers and people in the lobby for the private line only.
    $('composer').hidden = false;
    $('pause-open').hidden = you.role !== 'participant';
    $('coach-open').hidden = you.role !== 'participant';
    showConsole(frame);
    renderSession();
    renderScreenCard();
    renderScreenConsole();
    renderTurn();
    renderCrisis($('crisis-list'), $('crisis-emergency'));
    renderPause();
    showCycleWelcome(frame);
    showRepairWelcome(frame);
    showPracticeWelcome(frame);
}

function onEvent(event) {
    const changed = applyEvent(event);
    if (!changed) {
        return;
    }
    if (changed.letIn) {
        // Let in: connect again for the room as a member sees it, and the conversation so far.
        openRoom(state.currentRoom, true);
        return;
    }
    if (changed.session || changed.screen) {
        renderSession();
        renderScreenCard();
    }
    if (changed.members || changed.screen) {
        renderScreenConsole();
    }
    if (changed.pause) {
        renderPause();
    }
    if (changed.members) {
        renderMembers();
    }
    showAlert(event);
    followCheck(event);
    showTimeOutSuggestion(event);
    followCycle(event);
    followSessions(event);
    followPractice(event);
    writerActed(event);
    const forMe = state.you && event.target === state.you.id;
    if (event.kind === 'resources_offered' && forMe) {
        showSafetyNote(event);
    }
    if (event.kind === 'screen_received' && forMe) {
        screenReceived();
    }
    appendEvent(event);
    followRepair(event);
    if (event.kind === 'held_shared') {
        sharedHeld(event.message);
    }
}

function renderSession() {
    const running = state.sessionRunning;
    const blocked = sessionBlocked();
    let notYet = t('room.session-not-started');
    if (!state.screen.cleared && state.screen.required && state.you && state.you.role !== 'therapist') {
        notYet += ` ${t('screen.therapist-opens-first')}`;
    }
    $('session-state').textContent = running ? t('room.session-running') : notYet;
    $('session-toggle').textContent = running ? t('room.end-session') : t('session-toggle');
    $('session-toggle').disabled = !!blocked;
    $('session-reason').textContent = blocked || '';
    $('guided-box').hidden = !(state.roomMode === 'guided' && state.you && state.you.role === 'participant');
    $('guided-session').textContent = running ? t('room.end-session') : t('guided-session');
    $('guided-session').disabled = !!blocked;
    $('guided-reason').textContent = blocked || '';
    renderComposer();
}

export function initRoom() {
    initScreenCard();
    initCycleMap();
    initRepair();
    initPractice();
    initScreenConsole();
    initSessions();
    // Words that come while the page is hidden get a "New messages" marker, seen on return.
    noteVisibility(document.visibilityState === 'hidden');
    followNewest();
    document.addEventListener('visibilitychange', () => noteVisibility(document.visibilityState === 'hidden'));
    $('guided-session').addEventListener('click', () => send({ type: state.sessionRunning ? 'end_session' : 'start_session' }));
    $('transcript').addEventListener('click', (event) => {
        const share = event.target.closest('button[data-share]');
        if (share) {
            share.disabled = true;
            send({ type: 'share_held', message: Number(share.dataset.share) });
        }
    });
}
