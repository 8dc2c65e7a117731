import type { Section } from '../router';
export const reportSection: Section = (root) => { root.textContent = 'report'; };
