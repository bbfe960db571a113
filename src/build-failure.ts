// A build stopped for a reason the user can act on (invalid content, an output folder that is not a
// build, a published address gone): the Chinese message says what and how to fix it. It carries no stack
// trace, so Astro prints the message alone; a stack would only bury it.
export class BuildFailure extends Error {
  override name = 'BuildFailure';
  constructor(message: string) {
    super(message);
    this.stack = '';
  }
}
