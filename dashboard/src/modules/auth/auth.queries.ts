import { gql, type TypedDocumentNode } from '@apollo/client';

// TEMPORARY until api/schema.graphql exists and codegen generates typed documents.
export const DevLoginDocument: TypedDocumentNode<{ devLogin: { token: string } }, { username: string }> = gql`
  mutation DevLogin($username: String!) {
    devLogin(username: $username) {
      token
    }
  }
`;
