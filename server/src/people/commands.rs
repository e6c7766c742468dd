//! Applying `update_profile`.

use crate::auth::store;
use crate::error::AppResult;
use crate::sync::commands::CommandCtx;
use crate::sync::feed::{Audience, NewChange};
use shared::change::Event;
use shared::command::UpdateProfile;
use shared::error::ErrorCode;

pub async fn update_profile(
    ctx: &mut CommandCtx<'_>,
    c: &UpdateProfile,
) -> AppResult<Vec<NewChange>> {
    let me = ctx.actor.id();
    store::update_profile(
        &mut ctx.tx.conn(),
        me,
        c.display_name.as_ref().map(|n| n.as_str()),
        c.locale,
        c.time_zone.as_ref(),
    )
    .await?;
    let person = store::person(&mut ctx.tx.conn(), me)
        .await?
        .ok_or(ErrorCode::NotFound)?
        .to_me();
    Ok(vec![NewChange::new(
        Event::ProfileUpdated {
            person_id: me,
            display_name: person.display_name,
            locale: person.locale,
            time_zone: person.time_zone,
        },
        [Audience::Person(me)],
    )])
}
