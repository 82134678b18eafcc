import { Migration } from '@mikro-orm/migrations';

/**
 * Sessions that can end (issue 13, item 4): app_user.token_version. Tokens carry the version
 * they were issued under (`ver`); bumping it (HR's revokeSessions) or deactivating the login
 * revokes every earlier token on the API and on Cube within their check's cache time.
 */
export class Migration20261207034500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "token_version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "token_version";`);
  }
}
