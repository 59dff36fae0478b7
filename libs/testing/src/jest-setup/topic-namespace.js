// Runs before every integration and end-to-end test file (jest.config.js setupFiles), before
// any module computes a topic name: the file's services and the test itself then use Kafka
// topics of their own (`<namespace>.career.<service>.events.v1`), so consumer groups read this
// file's events only, not the history of every earlier run on the shared local broker.
const { randomBytes } = require('node:crypto');
process.env.KAFKA_TOPIC_NAMESPACE = `t${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
