import type { ScenarioData } from '../../src/scenario/types.js';
import { mini } from '../helpers.js';

// The mini scenario with its drones card's history marked as a reported claim (choiceIs: claim), as the 2022
// scenario's missiles, drone-warning and August-pickup cards are.

export const claimMini: ScenarioData = {
  ...mini,
  cards: mini.cards.map((c) => (c.id === 'drones' ? { ...c, history: { ...c.history, choiceIs: 'claim' as const } } : c)),
};
export const findClaimMini = (id: string) => (id === claimMini.id ? claimMini : undefined);
