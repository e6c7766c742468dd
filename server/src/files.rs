//! Uploaded files, stored once by content (the SHA-256 of the bytes names the file). A local
//! folder by default; the same seam will take S3-compatible object storage.

use sha2::{Digest, Sha256};
use std::path::PathBuf;

#[derive(Clone, Debug)]
pub enum BlobStore {
    /// Files under a folder, as `ab/cdef…` (the first byte of the hash names a subfolder).
    Local(PathBuf),
}

/// A stored file's key and hash.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stored {
    pub key: String,
    pub sha256: Vec<u8>,
}

impl BlobStore {
    pub fn local(dir: PathBuf) -> Self {
        BlobStore::Local(dir)
    }

    fn path(dir: &std::path::Path, key: &str) -> Option<PathBuf> {
        let valid = key.len() == 64 && key.chars().all(|c| c.is_ascii_hexdigit());
        valid.then(|| dir.join(&key[..2]).join(&key[2..]))
    }

    /// Stores `bytes` (a no-op when the same content is already there).
    pub async fn put(&self, bytes: &[u8]) -> std::io::Result<Stored> {
        let sha256 = Sha256::digest(bytes).to_vec();
        let key: String = sha256.iter().map(|b| format!("{b:02x}")).collect();
        match self {
            BlobStore::Local(dir) => {
                let path = Self::path(dir, &key).expect("a SHA-256 key is valid");
                if tokio::fs::try_exists(&path).await.unwrap_or(false) {
                    return Ok(Stored { key, sha256 });
                }
                let folder = path.parent().expect("the key names a subfolder");
                tokio::fs::create_dir_all(folder).await?;
                // Written aside and renamed, so a crash never leaves half a file under the key.
                let partial =
                    folder.join(format!(".{}.partial-{}", &key[2..], uuid::Uuid::new_v4()));
                tokio::fs::write(&partial, bytes).await?;
                tokio::fs::rename(&partial, &path).await?;
            }
        }
        Ok(Stored { key, sha256 })
    }

    pub async fn get(&self, key: &str) -> std::io::Result<Vec<u8>> {
        match self {
            BlobStore::Local(dir) => {
                let path = Self::path(dir, key).ok_or_else(|| {
                    std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a blob key")
                })?;
                tokio::fs::read(path).await
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn files_are_stored_once_by_content_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = BlobStore::local(dir.path().to_path_buf());
        let first = store.put(b"version one").await.unwrap();
        let again = store.put(b"version one").await.unwrap();
        assert_eq!(first, again);
        assert_eq!(store.get(&first.key).await.unwrap(), b"version one");
        assert!(store.get("../../etc/passwd").await.is_err());
    }
}
