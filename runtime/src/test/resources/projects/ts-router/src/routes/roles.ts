export enum Role {
  Guest,
  Member = 5,
  Admin,
}

export const enum Flag { Read = 1 << 0, Write = 1 << 1, All = Read | Write }

export function flagsOf(role: Role): number {
  return role === Role.Admin ? Flag.All : Flag.Read;
}
