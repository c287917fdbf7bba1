// Pausing: asking for a pause, the calm screen with its guided exercise and
// countdown, the check-in afterwards, and the therapist's list of who is ready.

import { $ } from './dom.js';
import { renderComposer } from './composer.js';
import { t } from './i18n.js';
import { send } from './live.js';
import { state } from './state.js';
import { initPulse } from './pulse.js';
import { backAtLine, checkInLine, clockTime, extendedLine, pauseCountdown, pauseReason, waitingLine } from './words.js';

export function renderPause() {
    const pause = state.pause;
    const you = state.you;
    const therapist = you && you.role === 'therapist';
    renderComposer();
    const checkins = $('checkin-list');
    checkins.replaceChildren();
    if (pause && pause.checkingIn) {
        for (const id of pause.ready) {
            const item = document.createElement('li');
            item.textContent = checkInLine(state, id);
            checkins.append(item);
        }
    }
    $('room-pause').hidden = !!pause;
    $('room-resume').hidden = !pause;
    $('pause-open').disabled = !!pause && !pause.checkingIn;
    // Therapists keep working during a pause; everyone else gets the calm screen.
    const wasHidden = $('pause-overlay').hidden;
    $('pause-overlay').hidden = !pause || therapist;
    if (wasHidden && !$('pause-overlay').hidden) {
        $('pause-title').focus();
    }
    clearTimeout(state.exerciseTimer);
    if (!pause || therapist) {
        return;
    }
    $('pause-why').textContent = pauseReason(pause.reason);
    $('pause-back').textContent = pause.extended ? extendedLine(pause.until) : backAtLine(state, pause);
    $('pause-waiting').textContent = pause.checkingIn && pause.waiting ? waitingLine(pause.waiting) : '';
    $('checkin').hidden = !pause.checkingIn || you.role !== 'participant';
    $('more-time-offer').hidden = !pause.checkingIn || !pause.offer;
    $('offer-take').textContent = t('pause.offer-take', { count: pause.offer || 10 });
    if (pause.checkingIn) {
        $('pause-step').textContent = t('pause.notice-feelings');
        $('breath').className = 'breath';
        $('checkin-status').textContent = pause.ready.includes(you.id) ? t('pause.thanks-waiting') : '';
    } else {
        runExercise(pause.exercise, 0, 0);
    }
    renderPauseCountdown();
}

/** Plays the exercise step by step: the circle grows on "inhale" and shrinks on "exhale". */
function runExercise(exercise, index, cycle) {
    const pause = state.pause;
    if (!exercise || !pause || pause.checkingIn) {
        return;
    }
    if (index >= exercise.steps.length) {
        if (exercise.cycles !== 0 && cycle + 1 >= exercise.cycles) {
            $('pause-step').textContent = t('pause.keep-breathing');
            $('breath').className = 'breath';
            return;
        }
        runExercise(exercise, 0, cycle + 1);
        return;
    }
    const step = exercise.steps[index];
    $('pause-step').textContent = step.text;
    const circle = $('breath');
    circle.style.transitionDuration = `${step.seconds}s`;
    circle.className = `breath ${step.action}`;
    state.exerciseTimer = setTimeout(() => runExercise(exercise, index + 1, cycle), step.seconds * 1000);
}

/** When the person calling a time-out will be back: now plus the minutes chosen (at least twenty when flooded). */
function backAt() {
    const minutes = Number($('pause-length').value);
    const length = $('pause-reason').value === 'flooded' ? Math.max(20, minutes) : minutes;
    // On the minute, a few seconds' grace after the length chosen, so the server never finds it too short.
    return new Date(Math.ceil((Date.now() + length * 60000 + 5000) / 60000) * 60000);
}

function renderBackAt() {
    $('pause-back-at').textContent = t('pause.form.back-at', { time: clockTime(backAt().toISOString()) });
}

function moreTime(minutes) {
    send({ type: 'more_time', minutes });
}

function renderPauseCountdown() {
    $('pause-countdown').textContent = pauseCountdown(state.pause);
}

export function initPause() {
    setInterval(() => { if (state.pause && !state.pause.checkingIn) renderPauseCountdown(); }, 1000);
    $('pause-open').addEventListener('click', () => { $('pause-form').hidden = false; $('pause-reason').focus(); });
    $('pause-cancel').addEventListener('click', () => { $('pause-form').hidden = true; });
    for (const id of ['pause-reason', 'pause-length']) {
        $(id).addEventListener('change', renderBackAt);
    }
    $('pause-open').addEventListener('click', renderBackAt);
    $('pause-form').addEventListener('submit', (event) => {
        event.preventDefault();
        // The time to come back is the agreement the others see: the break is not an exit.
        send({ type: 'request_pause', reason: $('pause-reason').value, back_at: backAt().toISOString() });
        $('pause-form').hidden = true;
    });
    $('more-time').addEventListener('click', () => moreTime(Number($('more-minutes').value)));
    $('offer-take').addEventListener('click', () => moreTime(state.pause?.offer || 10));
    $('offer-ready').addEventListener('click', () => {
        // The room counts them ready only now: the rating alone asked them first.
        send({ type: 'ready' });
        state.pause.offer = null;
        renderPause();
    });
    initPulse(() => {
        $('pulse-stay').hidden = false;
        $('more-minutes').value = '20';
    });
    $('ready').addEventListener('click', () => {
        const calm = $('calm').value;
        send({ type: 'ready', ...(calm ? { calm: Number(calm) } : {}) });
    });
}
