import { test, expect } from '@playwright/test';
import { BENEFIT, DEMO_PASSWORD, WINTER, linkInMail, openProgram, signIn, unique } from './helpers';

test('a coordinator invites someone and the invitation appears in the list', async ({ page }) => {
  await signIn(page, 'coordinator@mentorhub.test');
  await openProgram(page, WINTER);
  await page.getByRole('link', { name: 'Members' }).click();

  const email = `${unique('invitee').replace(' ', '.')}@example.org`;
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('mentor');
  await page.getByRole('button', { name: 'Send the invitation' }).click();

  const invitation = page.getByRole('region', { name: 'Invitations' }).getByRole('listitem').filter({ hasText: email });
  await expect(invitation).toContainText('mentor');
  await expect(invitation).toContainText('waiting for an answer');
  await invitation.getByRole('button', { name: `Revoke the invitation to ${email}` }).click();
  await expect(invitation).toContainText('revoked');
});

test('an invited person creates an account from the e-mailed link and sees the program', async ({ page, browser }) => {
  test.skip(!process.env.MENTORHUB_DATA_DIR, 'needs MENTORHUB_DATA_DIR to read the e-mail');
  await signIn(page, 'coordinator@mentorhub.test');
  await openProgram(page, WINTER);
  await page.getByRole('link', { name: 'Members' }).click();
  const email = `${unique('newcomer').replace(' ', '.')}@example.org`;
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('mentee');
  const sent = Date.now();
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  const invitations = page.getByRole('region', { name: 'Invitations' });
  await expect(invitations.getByRole('listitem').filter({ hasText: email })).toContainText('waiting for an answer');

  const link = new URL(await linkInMail(email, '/invite/', sent));
  const other = await browser.newContext();
  const invitee = await other.newPage();
  await invitee.goto(link.pathname);
  await invitee.locator('#language-picker').selectOption('en');
  await expect(invitee.getByText(`You are invited to “${WINTER}” as mentee.`)).toBeVisible();
  await invitee.getByLabel('Your name').fill('Nadia Newcomer');
  await invitee.getByLabel('Password', { exact: true }).fill('a long enough password');
  await invitee.getByRole('button', { name: 'Accept the invitation' }).click();
  await expect(invitee.getByText(`Welcome to ${WINTER}!`)).toBeVisible();
  await invitee.getByRole('link', { name: 'Go to my programs' }).click();
  await expect(invitee.getByRole('heading', { level: 2, name: WINTER })).toBeVisible();

  // The coordinator's list follows without a reload.
  await expect(invitations.getByRole('listitem').filter({ hasText: email })).toContainText('accepted');
  const members = page.getByRole('region', { name: 'Members' });
  await expect(members.getByRole('listitem').filter({ hasText: email })).toContainText('Nadia Newcomer');
  await other.close();
});

test('a coordinator adds a role to a member and removes it again', async ({ page }) => {
  await signIn(page, 'coordinator@mentorhub.test');
  await openProgram(page, WINTER);
  await page.getByRole('link', { name: 'Members' }).click();

  const member = page.getByRole('listitem').filter({ has: page.getByText('Мария Кузнецова', { exact: true }) });
  await member.getByText('Add a role').click();
  await member.getByLabel('Role to add').selectOption('panelist');
  await member.getByRole('button', { name: 'Add', exact: true }).click();
  const remove = member.getByRole('button', { name: 'Remove the role panelist from Мария Кузнецова' });
  await expect(remove).toBeVisible();
  await remove.click();
  await expect(remove).toHaveCount(0);
  await expect(member.getByRole('button', { name: 'Remove the role mentor from Мария Кузнецова' })).toBeVisible();
});

test('a refused change is shown with the reason and undone on screen', async ({ page }) => {
  await signIn(page, 'koordynator@mentorhub.test');
  await openProgram(page, BENEFIT);
  await page.getByRole('link', { name: 'Members' }).click();

  const self = page.getByRole('button', { name: 'Remove the role coordinator from Katarzyna Nowak' });
  await self.click();

  await expect(page.getByRole('alert').filter({ hasText: 'Removing the role coordinator was not applied.' }))
    .toContainText('at least one coordinator');
  await expect(self).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText('was not applied')).toHaveCount(0);
});

test('an invited person who has an account signs in first, then accepts', async ({ page, browser }) => {
  test.skip(!process.env.MENTORHUB_DATA_DIR, 'needs MENTORHUB_DATA_DIR to read the e-mail');
  await signIn(page, 'koordynator@mentorhub.test');
  await openProgram(page, BENEFIT);
  await page.getByRole('link', { name: 'Members' }).click();
  const email = 'candidate@mentorhub.test';
  const sent = Date.now();
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Role', { exact: true }).selectOption('candidate');
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  const link = new URL(await linkInMail(email, '/invite/', sent));

  const other = await browser.newContext();
  const invitee = await other.newPage();
  await invitee.goto(link.pathname);
  await invitee.locator('#language-picker').selectOption('en');
  await expect(invitee.getByText(`An account with ${email} already exists. Sign in to accept.`)).toBeVisible();
  await invitee.getByRole('link', { name: 'Sign in' }).click();
  await invitee.getByLabel('E-mail address').fill(email);
  await invitee.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await invitee.getByRole('button', { name: 'Sign in' }).click();
  await expect(invitee).toHaveURL(link.pathname);
  await invitee.getByRole('button', { name: 'Accept the invitation' }).click();
  await expect(invitee.getByText(`Welcome to ${BENEFIT}!`)).toBeVisible();
  await invitee.getByRole('link', { name: 'Go to my programs' }).click();
  await expect(invitee.getByRole('heading', { level: 2, name: BENEFIT })).toBeVisible();
  await other.close();

  // The coordinator sees the new member at once, and takes the role back (the demo stays as it was).
  const member = page.getByRole('region', { name: 'Members' }).getByRole('listitem').filter({ hasText: email });
  const remove = member.getByRole('button', { name: /^Remove the role candidate from / });
  await remove.click();
  await expect(member).toHaveCount(0);
});
