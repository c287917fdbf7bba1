// An optional pulse check, at the start of a pause and at the check-in: count
// your pulse for 15 seconds, enter the count, times four is beats a minute.
// Above 100 a body is still flooded (Gottman), so the page suggests staying in
// the break at least twenty minutes. The pulse stays on this page: nothing is
// sent or stored.

import { $ } from './dom.js';
import { t } from './i18n.js';

export const PULSE_SECONDS = 15;
export const FLOODED_ABOVE_BPM = 100;

/** Beats a minute from a 15-second count; null for a count that is not a whole number from 1 to 100. */
export function beatsPerMinute(count) {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > 100) {
        return null;
    }
    return n * (60 / PULSE_SECONDS);
}

/** What the page says about a pulse: whether it suggests more time, and the sentence. */
export function pulseAdvice(bpm) {
    if (bpm === null) {
        return { stay: false, text: t('pulse.enter-count') };
    }
    if (bpm > FLOODED_ABOVE_BPM) {
        return {
            stay: true,
            text: t('pulse.flooded', { bpm }),
        };
    }
    return { stay: false, text: t('pulse.settling', { bpm }) };
}

let ticking = null;

function startCounting() {
    clearInterval(ticking);
    let left = PULSE_SECONDS;
    $('pulse-count-box').hidden = true;
    $('pulse-result').textContent = '';
    $('pulse-timer').textContent = t('pulse.counting', { count: left });
    ticking = setInterval(() => {
        left -= 1;
        if (left > 0) {
            $('pulse-timer').textContent = t('pulse.counting', { count: left });
            return;
        }
        clearInterval(ticking);
        $('pulse-timer').textContent = t('pulse.stop');
        $('pulse-count-box').hidden = false;
        $('pulse-count').focus();
    }, 1000);
}

/** Wires the pulse check; `stay` is told when a pulse above 100 suggests more time. */
export function initPulse(stay) {
    $('pulse-start').addEventListener('click', startCounting);
    $('pulse-done').addEventListener('click', () => {
        const advice = pulseAdvice(beatsPerMinute($('pulse-count').value));
        $('pulse-result').textContent = advice.text;
        if (advice.stay) {
            stay();
        }
    });
}
