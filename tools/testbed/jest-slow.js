// Integration and e2e tests drive a real Docker engine: give them time.
jest.setTimeout(180000);
