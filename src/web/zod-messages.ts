/**
 * Messages for the checks of addresses and forms that give none of their own, in the words the
 * pages use beside a field (“page must be a number”), instead of the library's (“Invalid input:
 * expected number, received NaN”). Loaded once, before any request is read.
 */
import { z } from 'zod';

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        if (issue.expected === 'number' || issue.expected === 'int') return 'must be a number';
        if (issue.expected === 'string') return 'must be text';
        if (issue.expected === 'boolean') return 'must be yes or no';
        return issue.input === undefined ? 'is required' : undefined;
      case 'invalid_value':
        return `must be one of: ${issue.values.map(String).join(', ')}`;
      case 'too_small':
        if (issue.origin === 'number') return issue.minimum === 0 && !issue.inclusive ? 'must be a positive number' : `must be at least ${String(issue.minimum)}`;
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is required' : `must be at least ${String(issue.minimum)} characters`;
        return undefined;
      case 'too_big':
        if (issue.origin === 'number') return `must be at most ${String(issue.maximum)}`;
        if (issue.origin === 'string') return `is too long (at most ${String(issue.maximum)} characters)`;
        return undefined;
      case 'invalid_union': {
        // “one of these, or left empty”: what the first choice says is wrong
        const inner = (issue as { errors?: Array<Array<{ message?: string }>> }).errors?.[0]?.[0]?.message;
        return inner && !inner.startsWith('Invalid') ? inner : undefined;
      }
      default:
        return undefined;
    }
  },
});
