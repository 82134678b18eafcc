import { graphql } from '../../graphql/generated';

/** Filter options: top levels of the org tree (the API scopes it to the caller). */
export const FilterOptionsDocument = graphql(`
  query FilterOptions {
    departments {
      id
      name
      depth
      children {
        id
        name
        depth
      }
    }
  }
`);
