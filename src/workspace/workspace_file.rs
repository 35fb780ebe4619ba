//! `rung.toml`: reading it (refusing one that is unreadable, newer, or fails the role checks),
//! changing it in one atomic step, and the role helpers built on that.

use std::path::Path;

use super::extra;
use super::read::{ReadError, parse_versioned, read_text};
use super::{Role, WORKSPACE_VERSION, Workspace, WorkspaceError, WorkspaceFile, io_error, roles};

impl Workspace {
    /// Reads `rung.toml`, refusing one that is unreadable, newer, or fails the role checks.
    pub fn file(&self) -> Result<WorkspaceFile, WorkspaceError> {
        let path = self.file_path();
        let unreadable = |reason: String| WorkspaceError::Unreadable {
            file: path.clone(),
            reason,
        };
        let text = read_text(&path).map_err(|e| match e {
            ReadError::Missing => unreadable(
                "the workspace file is missing; run rung again to create a fresh one".to_string(),
            ),
            ReadError::Io(source) => io_error(&path, "read the workspace file")(source),
            ReadError::Bad(reason) => unreadable(reason),
        })?;
        let mut file: WorkspaceFile =
            parse_versioned(&text, WORKSPACE_VERSION, |f: &WorkspaceFile| f.version)
                .map_err(unreadable)?;
        file.extra = extra::find(&text, extra::WORKSPACE);
        for said in extra::misspelt(&file.extra, extra::WORKSPACE) {
            self.notice(format!("{}: {said}", path.display()));
        }
        match roles::problem(&file) {
            Some(problem) => Err(unreadable(format!("{problem}, then try again"))),
            None => Ok(file),
        }
    }

    /// Reads, changes and writes back `rung.toml` in one step; returns the new contents.
    /// Nothing is written when `change` fails or the result fails the role checks.
    pub fn update_file(
        &self,
        change: impl FnOnce(&mut WorkspaceFile) -> Result<(), WorkspaceError>,
    ) -> Result<WorkspaceFile, WorkspaceError> {
        let path = self.file_path();
        let _lock = self.lock_file()?;
        let mut file = self.file()?;
        change(&mut file)?;
        file.version = WORKSPACE_VERSION;
        if let Some(problem) = roles::problem(&file) {
            return Err(WorkspaceError::Invalid(format!(
                "{}: {problem}",
                path.display()
            )));
        }
        let text = render_file(&file, &path)?;
        self.write_private(&path, &text, "write the workspace file")?;
        Ok(file)
    }

    /// Every role in `rung.toml`, in file order.
    pub fn roles(&self) -> Result<Vec<Role>, WorkspaceError> {
        Ok(self.file()?.roles)
    }

    /// The role with this key, or [`WorkspaceError::UnknownRole`].
    pub fn role(&self, key: &str) -> Result<Role, WorkspaceError> {
        self.file()?
            .roles
            .into_iter()
            .find(|r| r.key == key)
            .ok_or_else(|| WorkspaceError::UnknownRole(key.to_string()))
    }

    /// Adds a role; refuses a key already in use or a role that fails the checks.
    pub fn add_role(&self, role: Role) -> Result<(), WorkspaceError> {
        self.update_file(|file| {
            if file.roles.iter().any(|r| r.key == role.key) {
                return Err(WorkspaceError::RoleExists(role.key.clone()));
            }
            file.roles.push(role);
            Ok(())
        })
        .map(|_| ())
    }
}

/// The text of `rung.toml`.
pub(super) fn render_file(file: &WorkspaceFile, path: &Path) -> Result<String, WorkspaceError> {
    let fail = |e: String| {
        WorkspaceError::Invalid(format!(
            "{}: cannot write the workspace file: {e}",
            path.display()
        ))
    };
    let text = toml::to_string(file).map_err(|e| fail(e.to_string()))?;
    extra::merge(text, &file.extra).map_err(fail)
}
