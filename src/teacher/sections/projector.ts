import type { Section } from '../router';
export const projectorSection: Section = (root) => { root.textContent = 'projector'; };
