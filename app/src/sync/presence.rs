//! Who else has a project open: the page says which project it shows, the live task tells the
//! server (and repeats it), and the server's answer is kept for the page to show.

use super::SyncCtx;
use super::live::LiveKick;
use leptos::prelude::*;
use shared::change::Viewer;
use shared::ids::{PersonId, ProjectId};

impl SyncCtx {
    /// Says that this page shows `project` (or no project) from now on.
    pub fn view_project(self, project: Option<ProjectId>) {
        if self.viewing.get_untracked() == project {
            return;
        }
        self.viewing.set(project);
        if project.is_none() {
            self.presence.set(None);
        }
        self.runtime.with_value(|rt| {
            if let Some(rt) = rt {
                let _ = rt.live.unbounded_send(LiveKick::Viewing);
            }
        });
    }

    /// The people other than `me` who have `project` open (tracked).
    pub fn others_viewing(self, project: ProjectId, me: Option<PersonId>) -> Vec<Viewer> {
        self.presence.with(|presence| match presence {
            Some((shown, viewers)) if *shown == project => viewers
                .iter()
                .filter(|v| Some(v.person_id) != me)
                .cloned()
                .collect(),
            _ => Vec::new(),
        })
    }
}
