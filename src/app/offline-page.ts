import { offlineSupport } from './offline';

// Loaded by both pages beside their own entry (see index.html and teacher.html).
offlineSupport(document.getElementById('sb-offline'), document.getElementById('game') ? 'game' : 'teacher');
