/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Memory Profile</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a guest uses its memory; the inputs of pre-copy and deduplication models.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.MemoryProfile#getDirtyRatePagesPerS <em>Dirty Rate Pages Per S</em>}</li>
 *   <li>{@link org.orrery.model.MemoryProfile#getWritableWorkingSetMB <em>Writable Working Set MB</em>}</li>
 *   <li>{@link org.orrery.model.MemoryProfile#getUsedMB <em>Used MB</em>}</li>
 *   <li>{@link org.orrery.model.MemoryProfile#getIntraDuplicateFraction <em>Intra Duplicate Fraction</em>}</li>
 *   <li>{@link org.orrery.model.MemoryProfile#getSharedWithPeersMB <em>Shared With Peers MB</em>}</li>
 * </ul>
 *
 * @see org.orrery.model.OrreryPackage#getMemoryProfile()
 * @model
 * @generated
 */
public interface MemoryProfile extends EObject {
	/**
	 * Returns the value of the '<em><b>Dirty Rate Pages Per S</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pages (4 KiB) dirtied per second while running. Default 0 (an idle guest).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dirty Rate Pages Per S</em>' attribute.
	 * @see #setDirtyRatePagesPerS(double)
	 * @see org.orrery.model.OrreryPackage#getMemoryProfile_DirtyRatePagesPerS()
	 * @model default="0.0"
	 * @generated
	 */
	double getDirtyRatePagesPerS();

	/**
	 * Sets the value of the '{@link org.orrery.model.MemoryProfile#getDirtyRatePagesPerS <em>Dirty Rate Pages Per S</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dirty Rate Pages Per S</em>' attribute.
	 * @see #getDirtyRatePagesPerS()
	 * @generated
	 */
	void setDirtyRatePagesPerS(double value);

	/**
	 * Returns the value of the '<em><b>Writable Working Set MB</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size of the region the guest keeps dirtying, in MiB. Default 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Writable Working Set MB</em>' attribute.
	 * @see #setWritableWorkingSetMB(double)
	 * @see org.orrery.model.OrreryPackage#getMemoryProfile_WritableWorkingSetMB()
	 * @model default="0.0"
	 * @generated
	 */
	double getWritableWorkingSetMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.MemoryProfile#getWritableWorkingSetMB <em>Writable Working Set MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Writable Working Set MB</em>' attribute.
	 * @see #getWritableWorkingSetMB()
	 * @generated
	 */
	void setWritableWorkingSetMB(double value);

	/**
	 * Returns the value of the '<em><b>Used MB</b></em>' attribute.
	 * The default value is <code>"80.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Non-zero memory in MiB (zero pages cost almost nothing to migrate). Default 80 (an idle guest sends about 20,000 pages in the Shrinker measurements).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Used MB</em>' attribute.
	 * @see #setUsedMB(double)
	 * @see org.orrery.model.OrreryPackage#getMemoryProfile_UsedMB()
	 * @model default="80.0"
	 * @generated
	 */
	double getUsedMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.MemoryProfile#getUsedMB <em>Used MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Used MB</em>' attribute.
	 * @see #getUsedMB()
	 * @generated
	 */
	void setUsedMB(double value);

	/**
	 * Returns the value of the '<em><b>Intra Duplicate Fraction</b></em>' attribute.
	 * The default value is <code>"0.03"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fraction of used pages duplicated inside this VM. Default 0.03 (about 600 of 20,000 pages in the source).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Intra Duplicate Fraction</em>' attribute.
	 * @see #setIntraDuplicateFraction(double)
	 * @see org.orrery.model.OrreryPackage#getMemoryProfile_IntraDuplicateFraction()
	 * @model default="0.03"
	 * @generated
	 */
	double getIntraDuplicateFraction();

	/**
	 * Sets the value of the '{@link org.orrery.model.MemoryProfile#getIntraDuplicateFraction <em>Intra Duplicate Fraction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Intra Duplicate Fraction</em>' attribute.
	 * @see #getIntraDuplicateFraction()
	 * @generated
	 */
	void setIntraDuplicateFraction(double value);

	/**
	 * Returns the value of the '<em><b>Shared With Peers MB</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * MiB of pages identical to pages of other VMs of the same cluster (inter-VM deduplication). Default 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shared With Peers MB</em>' attribute.
	 * @see #setSharedWithPeersMB(double)
	 * @see org.orrery.model.OrreryPackage#getMemoryProfile_SharedWithPeersMB()
	 * @model default="0.0"
	 * @generated
	 */
	double getSharedWithPeersMB();

	/**
	 * Sets the value of the '{@link org.orrery.model.MemoryProfile#getSharedWithPeersMB <em>Shared With Peers MB</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared With Peers MB</em>' attribute.
	 * @see #getSharedWithPeersMB()
	 * @generated
	 */
	void setSharedWithPeersMB(double value);

} // MemoryProfile
