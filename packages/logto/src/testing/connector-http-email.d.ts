// @logto/connector-http-email ships no types; these are what the tests use of it.
declare module '@logto/connector-http-email' {
  interface SendMessageData {
    to: string;
    type: string;
    payload: Record<string, unknown>;
    ip?: string;
  }
  /** got's response: the connector resolves with it on a 2xx answer. */
  interface GotResponse {
    statusCode: number;
    body: string;
  }
  interface HttpEmailConnector {
    sendMessage(data: SendMessageData, config?: unknown): Promise<GotResponse>;
  }
  const createConnector: (options: {
    getConfig: (id: string) => Promise<unknown>;
  }) => Promise<HttpEmailConnector>;
  export default createConnector;
}
