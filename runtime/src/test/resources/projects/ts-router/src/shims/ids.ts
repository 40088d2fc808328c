let n = 0;
export const makeId = (): string => `legacy-${++n}`;
