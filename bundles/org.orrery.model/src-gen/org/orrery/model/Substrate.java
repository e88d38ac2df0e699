/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Substrate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A miniature, generalized, inactive VM snapshot kept in a pool; activating it makes a running VM without copying a disk or booting.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.Substrate#getKind <em>Kind</em>}</li>
 *   <li>{@link org.orrery.model.Substrate#getRawSizeMB <em>Raw Size MB</em>}</li>
 *   <li>{@link org.orrery.model.Substrate#getCompressedSizeMB <em>Compressed Size MB</em>}</li>
 *   <li>{@link org.orrery.model.Substrate#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.orrery.model.Substrate#getImage <em>Image</em>}</li>
 *   <li>{@link org.orrery.model.Substrate#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.orrery.model.Substrate#getOwner <em>Owner</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getSubstrate()
 * @model
 * @generated
 */
public interface Substrate extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"public"</code>.
	 * The literals are from the enumeration {@link org.orrery.model.SubstrateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public (clean OS), restricted (with applications) or private (one user's VM). Default public.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.SubstrateKind
	 * @see #setKind(SubstrateKind)
	 * @see org.orrery.model.OrreryPackage#getSubstrate_Kind()
	 * @model default="public"
	 * @generated
	 */
	SubstrateKind getKind();

	/**
	 * Sets the value of the '{@link org.orrery.model.Substrate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.orrery.model.SubstrateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SubstrateKind value);

	/**
	 * Returns the value of the '<em><b>Raw Size MB</b></em>' attribute.
	 * The default value is <code>"128.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Raw snapshot size in MiB (slightly above the memory footprint). Default 128.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Raw Size MB</em>' attribute.
	 * @see #setRawSizeMB(double)
	 * @see org.orrery.model.OrreryPackage#getSubstrate_RawSizeMB()
	 * @model default="128.0"
	 * @generated
	 */
	double getRawSizeMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Substrate#getRawSizeMB <em>Raw Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raw Size MB</em>' attribute.
	 * @see #getRawSizeMB()
	 * @generated
	 */
	void setRawSizeMB(double value);

	/**
	 * Returns the value of the '<em><b>Compressed Size MB</b></em>' attribute.
	 * The default value is <code>"16.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * gzip-compressed size in MiB, what the pool stores. Default 16 (the source's minimal substrate).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compressed Size MB</em>' attribute.
	 * @see #setCompressedSizeMB(double)
	 * @see org.orrery.model.OrreryPackage#getSubstrate_CompressedSizeMB()
	 * @model default="16.0"
	 * @generated
	 */
	double getCompressedSizeMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.Substrate#getCompressedSizeMB <em>Compressed Size MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compressed Size MB</em>' attribute.
	 * @see #getCompressedSizeMB()
	 * @generated
	 */
	void setCompressedSizeMB(double value);

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VM it was docked from, if known.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin</em>' reference.
	 * @see #setOrigin(VirtualMachine)
	 * @see org.orrery.model.OrreryPackage#getSubstrate_Origin()
	 * @model
	 * @generated
	 */
	VirtualMachine getOrigin();

	/**
	 * Sets the value of the '{@link org.orrery.model.Substrate#getOrigin <em>Origin</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' reference.
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>Image</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root disk image it keeps a reference to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image</em>' reference.
	 * @see #setImage(Image)
	 * @see org.orrery.model.OrreryPackage#getSubstrate_Image()
	 * @model
	 * @generated
	 */
	Image getImage();

	/**
	 * Sets the value of the '{@link org.orrery.model.Substrate#getImage <em>Image</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Image</em>' reference.
	 * @see #getImage()
	 * @generated
	 */
	void setImage(Image value);

	/**
	 * Returns the value of the '<em><b>Applications</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Applications included in a restricted substrate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applications</em>' attribute list.
	 * @see org.orrery.model.OrreryPackage#getSubstrate_Applications()
	 * @model
	 * @generated
	 */
	EList<String> getApplications();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owner of a private substrate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(String)
	 * @see org.orrery.model.OrreryPackage#getSubstrate_Owner()
	 * @model
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link org.orrery.model.Substrate#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

} // Substrate
