import { graphql } from '../../graphql/generated';

export const DevLoginDocument = graphql(`
  mutation DevLogin($username: String!) {
    devLogin(username: $username) {
      token
      viewer {
        role
        username
      }
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      userId
      username
      role
      employee {
        id
        databaseId
        name
        position {
          id
          name
        }
        department {
          id
          name
        }
      }
    }
  }
`);
