import { given } from '@career/testing';
import { destroyDocuments, FIXTURE_CLIENT_ID as clientId, FIXTURE_DOCUMENT_ID as documentId, recordVersion as record } from '../../test-support/document.fixtures';
import { documentDecider } from './document.decider';
import type { RecordGeneratedVersion } from './document.commands';
import type { DocumentEvent, DocumentGenerated } from './document.events';

const later = new Date('2026-03-04T11:00:00.000Z');

const generated = (command: RecordGeneratedVersion, version: number): DocumentGenerated => ({
  type: 'DocumentGenerated',
  data: { ...command.data, version, generatedAt: command.metadata.now.toISOString() },
});

const destroy = destroyDocuments(later);
const destroyed: DocumentEvent = {
  type: 'DocumentsDestroyed',
  data: { documentId, clientId, destroyedVersions: 1, reason: 'personal-data-destroyed', destroyedAt: later.toISOString() },
};

describe('document decider', () => {
  it('records the first generation as version 1', () => {
    given(documentDecider, []).when(record()).then([generated(record(), 1)]);
  });

  it('makes a new version when the skills profile changed', () => {
    const second = record({ storageRef: 'file-2', sha256: 'b'.repeat(64), provenance: { skillsProfileRevision: 5, intakeRevision: 0 } }, later);
    given(documentDecider, [generated(record(), 1)]).when(second).then([generated(second, 2)]);
  });

  it('makes a new version for another format, template, vacancy or day', () => {
    const history = [generated(record(), 1)];
    for (const change of [
      { format: 'docx' as const },
      { templateVersion: 'skills-cv-v2+labels-v1' },
      { inputDigest: 'c'.repeat(64) },
      { documentDate: '2026-03-05' },
      { provenance: { skillsProfileRevision: 4, intakeRevision: 1 } },
    ]) {
      const command = record({ storageRef: 'file-2', ...change }, later);
      given(documentDecider, history).when(command).then([generated(command, 2)]);
    }
  });

  it('makes a new version of a career plan for another agreed version or revision, and keeps it for the same', () => {
    const plan = (planVersion: number, planRevision: number, storageRef = `file-${planVersion}-${planRevision}`) =>
      record({ kind: 'career-plan', storageRef, provenance: { planId: documentId, planVersion, planRevision, intakeRevision: 0 } }, later);
    const first = plan(1, 5);
    const history = [{ ...generated(first, 1) }];
    given(documentDecider, history).when(plan(2, 9)).then([generated(plan(2, 9), 2)]);
    given(documentDecider, history).when(plan(1, 5, 'file-again')).then([]);
  });

  it('keeps the existing version when nothing that shapes the content changed', () => {
    given(documentDecider, [generated(record(), 1)]).when(record({ storageRef: 'file-2', sha256: 'b'.repeat(64) }, later)).then([]);
  });

  it('records the same stored file once', () => {
    given(documentDecider, [generated(record(), 1)]).when(record({ provenance: { skillsProfileRevision: 9, intakeRevision: 0 } })).then([]);
  });

  it('numbers versions one after another', () => {
    const history = [1, 2, 3].map((n) => generated(record({ storageRef: `file-${n}`, provenance: { skillsProfileRevision: n, intakeRevision: 0 } }), n));
    const next = record({ storageRef: 'file-4', provenance: { skillsProfileRevision: 4, intakeRevision: 0 } });
    given(documentDecider, history).when(next).then([generated(next, 4)]);
  });

  it('refuses a file without a valid hash or with no bytes', () => {
    given(documentDecider, []).when(record({ sha256: 'not-a-hash' })).thenThrows('DOCUMENT.INVALID_HASH');
    given(documentDecider, []).when(record({ size: 0 })).thenThrows('DOCUMENT.EMPTY_FILE');
  });

  it('destroys an existing document once, counting its versions', () => {
    given(documentDecider, [generated(record(), 1)]).when(destroy).then([destroyed]);
    given(documentDecider, [generated(record(), 1), destroyed]).when(destroy).then([]);
  });

  it('has nothing to destroy when no version was ever generated', () => {
    given(documentDecider, []).when(destroy).then([]);
  });

  it('refuses new versions after the data was destroyed', () => {
    given(documentDecider, [generated(record(), 1), destroyed])
      .when(record({ storageRef: 'file-2', provenance: { skillsProfileRevision: 5, intakeRevision: 0 } }, later))
      .thenThrows('DOCUMENT.DESTROYED');
  });
});
