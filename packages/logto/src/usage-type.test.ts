import { logtoUsageTypes } from '@authmail/core';
import { describe, expect, it } from 'vitest';
import { usageTypeForLogto } from './usage-type.js';

describe('usageTypeForLogto', () => {
  it.each([...logtoUsageTypes])("keeps %s, one of Logto's template types", (type) => {
    expect(usageTypeForLogto(type)).toBe(type);
  });

  it.each(['SomethingNew', 'Welcome', 'NewDeviceSignIn', 'signin', 'constructor', ''])(
    'maps %j to Generic, as Logto does',
    (type) => {
      expect(usageTypeForLogto(type)).toBe('Generic');
    },
  );
});
