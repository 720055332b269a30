// The case is written once (domain/kasusSchema.ts); the API's response schema is derived from it. A
// response is serialised by its schema, which drops any property it does not name: so every field of
// the domain's view reaches clients, except the one the API leaves out on purpose (sisi).
import { describe, expect, it } from 'vitest';
import * as domain from '../../domain/kasusSchema';
import { CaseView } from '../../api/schemas/cases';

const keys = (o: { properties: Record<string, unknown> }) => Object.keys(o.properties).sort();

describe('the case shape, once', () => {
  it('the API shows every field of the case but sisi (which key an official acts through)', () => {
    expect(keys(CaseView)).toEqual(keys(domain.CaseView).filter((k) => k !== 'sisi'));
    expect(CaseView.$id).toBe('Case');
  });

  it("a task, a timeline entry and a document reach clients with all their fields (isiWajib, continuesOnRefusal among them)", () => {
    const p = CaseView.properties;
    expect(keys(p.tasks.items)).toEqual(keys(domain.Task));
    expect(keys(p.tasks.items)).toEqual(expect.arrayContaining(['isiWajib', 'continuesOnRefusal']));
    expect(keys(p.timeline.items)).toEqual(keys(domain.TimelineEntry));
    expect(keys(p.documents.items)).toEqual(keys(domain.DocumentRef));
  });

  it("the subject is each procedure's own schema, not the domain's open one", () => {
    expect(CaseView.properties.subject.anyOf?.length).toBeGreaterThan(1);
  });
});
