import { describe, expect, it } from 'vitest';
import { clusterQuestions } from './cluster.js';

describe('clusterQuestions', () => {
  it('groups paraphrases and typos of one question, apart from other questions', () => {
    const clusters = clusterQuestions([
      'How do I reset my password?',
      'how can i reset my pasword',
      "What's the weather in Paris?",
      'Password reset — how?',
      'How do I reset my password?',
      'weather paris today',
      'When is the next meetup?',
    ]);
    expect(clusters.map((c) => [c.representative, c.members.length])).toEqual([
      ['How do I reset my password?', 4],
      ["What's the weather in Paris?", 2],
      ['When is the next meetup?', 1],
    ]);
  });

  it("keeps apart questions in a script whose vowel signs are combining marks (Devanagari), which its trigrams keep", () => {
    expect(clusterQuestions(['हॉस्टल की फीस कितनी है?', 'होस्टल का फ़ोन कौन सा है?'])).toHaveLength(2);
  });

  it('keeps unrelated questions that share one word apart', () => {
    const clusters = clusterQuestions(['How do I reset my password?', 'How do I change my avatar?', 'What is the password policy for bots?']);
    expect(clusters).toHaveLength(3);
  });
});
