import { Inject, Injectable } from '@nestjs/common';
import { isNamespaceNotFound, MONGO_CONNECTION } from '@career/platform';
import type { Connection } from 'mongoose';
import { forgetCollections, INITIAL_GENERATION, participantCollectionsOf, type ParticipantCollections } from './participant-collections';

const POINTER_COLLECTION = 'read_model_generations';
const POINTER_ID = 'participant-rows';

interface PointerDocument {
  _id: string;
  generation: string;
  activatedAt: Date;
}

/**
 * Which generation of the participant collections is live. The pointer is one document, so
 * moving it is a single-document write (FerretDB has no transactions). Read once per process
 * and kept: the rebuild runs in this process and moves it here too (run one instance).
 */
@Injectable()
export class ParticipantReadModels {
  private activeGeneration: Promise<string> | undefined;

  constructor(@Inject(MONGO_CONNECTION) private readonly connection: Connection) {}

  collectionsOf(generation: string): ParticipantCollections {
    return participantCollectionsOf(this.connection, generation);
  }

  async active(): Promise<ParticipantCollections> {
    this.activeGeneration ??= this.loadPointer().catch((error: unknown) => {
      this.activeGeneration = undefined;
      throw error;
    });
    return this.collectionsOf(await this.activeGeneration);
  }

  async activate(generation: string): Promise<void> {
    await this.pointers().updateOne({ _id: POINTER_ID }, { $set: { generation, activatedAt: new Date() } }, { upsert: true });
    this.activeGeneration = Promise.resolve(generation);
  }

  /** Drops a generation's collections (after a rebuild replaced it, or when a rebuild is abandoned). */
  async drop(generation: string): Promise<void> {
    const collections = this.collectionsOf(generation);
    for (const model of [collections.processes, collections.clients, collections.outcomes]) {
      await model.collection.drop().catch((error: unknown) => {
        if (!isNamespaceNotFound(error)) throw error;
      });
    }
    forgetCollections(this.connection, generation);
  }

  private async loadPointer(): Promise<string> {
    const pointer = await this.pointers().findOne({ _id: POINTER_ID });
    return pointer?.generation ?? INITIAL_GENERATION;
  }

  private pointers() {
    return this.connection.collection<PointerDocument>(POINTER_COLLECTION);
  }
}
