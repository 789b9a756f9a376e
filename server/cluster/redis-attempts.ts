import type { AttemptCounter } from '../auth/rate-limit.ts';
import type { Logger } from '../logger.ts';
import type { ClusterLink } from './redis.ts';

/**
 * Attempts counted in Redis, so a limit holds across every instance (three instances must not
 * mean three times the password guesses). While Redis is unreachable each instance counts on
 * its own (`fallback`): the limits then hold per instance rather than not at all.
 */
export function redisAttemptCounter(link: ClusterLink, fallback: AttemptCounter, logger: Logger): AttemptCounter {
  return {
    async count(key, windowStart, windowMs) {
      const redisKey = `cadre:attempts:${windowStart}:${key}`;
      try {
        const results = await link.publisher.multi().incr(redisKey).pexpire(redisKey, windowMs).exec();
        const attempts = results?.[0]?.[1];
        if (typeof attempts === 'number') return attempts;
        throw new Error('unexpected answer to INCR');
      } catch (error) {
        logger.warn('cluster.attempts.local', { message: error instanceof Error ? error.message : String(error) });
        return fallback.count(key, windowStart, windowMs);
      }
    },
  };
}
